import * as Y from 'yjs'
import { SqliteStorage } from '../storage/sqlite.ts'
import type { DocUpdate } from '../storage/storage.ts'
import type { Peer } from './peer.ts'
import { decodeMessage } from './protocol.ts'

// Test fixtures for rooms and their storage: real (in-memory) SQLite behind a gate, and peers that record.

/** SQLite whose appends wait for `release()` (or fail with `fail()`), and whose loads can be slowed. */
export class GatedStorage extends SqliteStorage {
  loads = 0
  loadDelayMs = 0
  /** Each append asked for, as the document of each of its updates. */
  readonly appends: string[][] = []
  private held: { release: () => void; fail: (error: Error) => void }[] = []

  constructor() {
    super({ dataDir: ':memory:' })
  }

  override async loadDoc(docId: string) {
    this.loads += 1
    await new Promise((resolve) => setTimeout(resolve, this.loadDelayMs))
    return super.loadDoc(docId)
  }

  override appendUpdates(updates: readonly DocUpdate[]): Promise<number[]> {
    this.appends.push(updates.map((u) => u.docId))
    return new Promise<void>((release, fail) => this.held.push({ release, fail })).then(() =>
      super.appendUpdates(updates),
    )
  }

  get writesHeld(): number {
    return this.held.length
  }

  release() {
    for (const write of this.held.splice(0)) write.release()
  }

  fail() {
    for (const write of this.held.splice(0)) write.fail(new Error('disk full'))
  }
}

export class RecordingPeer implements Peer {
  private static next = 1
  readonly id = RecordingPeer.next++
  readonly role = 'editor' as const
  readonly actor: string
  readonly frames: Uint8Array[] = []
  closedWith: number | null = null
  readingPaused = false

  constructor(actor: string) {
    this.actor = actor
  }

  send(frame: Uint8Array) {
    this.frames.push(frame)
  }

  close(code: number) {
    this.closedWith = code
  }

  pauseReading(paused: boolean) {
    this.readingPaused = paused
  }

  /** What this peer's document would hold after applying every update and sync answer it was sent. */
  view(): Y.Map<unknown> {
    const doc = new Y.Doc()
    for (const frame of this.frames) {
      const message = decodeMessage(frame)
      if (message.kind === 'update' || message.kind === 'syncStep2') Y.applyUpdate(doc, message.update)
    }
    return doc.getMap('notes')
  }

  syncAnswers(): number {
    return this.frames.filter((frame) => decodeMessage(frame).kind === 'syncStep2').length
  }
}

/** A Yjs update from a writer of its own that sets one key. */
export function note(key: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('notes').set(key, `note ${key}`)
  return Y.encodeStateAsUpdate(doc)
}

export const turn = () => new Promise((resolve) => setImmediate(resolve))
