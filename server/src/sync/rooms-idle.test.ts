import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../log.ts'
import { SqliteStorage } from '../storage/sqlite.ts'
import type { Peer } from './peer.ts'
import { decodeMessage } from './protocol.ts'
import { RoomRegistry } from './rooms.ts'

// A room stays loaded for a grace period after its last peer left, so that a reconnect or the next person
// is answered without reading and decoding the document again; what it holds is stored and compacted
// when the last peer leaves, not when it unloads.

class CountingStorage extends SqliteStorage {
  loads = 0
  constructor() {
    super({ dataDir: ':memory:' })
  }
  override async loadDoc(docId: string) {
    this.loads += 1
    return super.loadDoc(docId)
  }
}

const peer = (actor: string): Peer => ({ id: Math.random(), role: 'editor', actor, send() {}, close() {} })
const quiet = createLogger('error', () => {})
let storage: CountingStorage
let rooms: RoomRegistry

afterEach(async () => {
  await rooms.closeAll(1012, 'test over')
  await storage.close()
})

/** Joins, writes one note, leaves; resolves once the room has nothing left to write or compact. */
async function visit(registry: RoomRegistry) {
  const anne = peer('user:anne')
  const room = await registry.join('course-1', anne)
  const doc = new Y.Doc()
  doc.getMap('notes').set('a', 'note a')
  room.applyUpdate(anne, Y.encodeStateAsUpdate(doc))
  registry.leave(room, anne)
  for (
    let i = 0;
    i < 100 && (room.updatesSinceCompaction > 0 || (await storage.loadDoc('course-1')).updates.length > 0);
    i++
  ) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  return room
}

describe('a room nobody is connected to', () => {
  it('stays loaded in the grace period, with what it holds already stored and compacted', async () => {
    storage = new CountingStorage()
    rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000 })
    const room = await visit(rooms)
    const stored = await storage.loadDoc('course-1')
    expect(stored.updates).toEqual([])
    expect(stored.snapshot).not.toBeNull()

    const loadsBefore = storage.loads
    expect(await rooms.open('course-1')).toBe(room)
    expect(storage.loads).toBe(loadsBefore)
  })

  it('is unloaded at once without a grace period, and read from storage again', async () => {
    storage = new CountingStorage()
    rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000, idleGraceMs: 0 })
    const room = await visit(rooms)
    const again = await rooms.open('course-1')
    expect(again).not.toBe(room)
    expect(room.destroyed).toBe(true)
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, again.encodeState())
    expect(reloaded.getMap('notes').get('a')).toBe('note a')
  })
})

describe('a fresh client', () => {
  it('gets the whole course from the stored state, and later changes once they are stored', async () => {
    storage = new CountingStorage()
    rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000 })
    const room = await visit(rooms)
    const answers = (frames: Uint8Array[]) => {
      const doc = new Y.Doc()
      for (const frame of frames) {
        const message = decodeMessage(frame)
        if (message.kind === 'syncStep2') Y.applyUpdate(doc, message.update)
      }
      return doc.getMap('notes').toJSON()
    }
    const first = recordingPeer('user:bo')
    await rooms.join('course-1', first.peer)
    room.answerSyncStep1(first.peer, Y.encodeStateVector(new Y.Doc()))
    expect(answers(first.frames)).toEqual({ a: 'note a' })

    const other = new Y.Doc()
    other.getMap('notes').set('b', 'note b')
    room.applyUpdate(first.peer, Y.encodeStateAsUpdate(other))
    const second = recordingPeer('user:cy')
    await rooms.join('course-1', second.peer)
    room.answerSyncStep1(second.peer, Y.encodeStateVector(new Y.Doc()))
    await waitForTurns(() => second.frames.some((frame) => decodeMessage(frame).kind === 'syncStep2'))
    expect(answers(second.frames)).toEqual({ a: 'note a', b: 'note b' })
  })
})

function recordingPeer(actor: string): { peer: Peer; frames: Uint8Array[] } {
  const frames: Uint8Array[] = []
  return {
    frames,
    peer: { id: Math.random(), role: 'editor', actor, send: (frame) => frames.push(frame), close() {} },
  }
}

async function waitForTurns(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('loading a room', () => {
  it('is logged with its time by the clock and the CPU time this thread spent on it', async () => {
    const loaded: { msg: string; ms?: number; cpuMs?: number }[] = []
    const log = createLogger('debug', (line) => loaded.push(JSON.parse(line)))
    storage = new CountingStorage()
    rooms = new RoomRegistry({ storage, log, compactEvery: 1_000, idleGraceMs: 0 })
    await visit(rooms)
    await rooms.open('course-1')
    const loads = loaded.filter((line) => line.msg === 'room loaded')
    expect(loads).toHaveLength(2)
    for (const { ms, cpuMs } of loads) {
      expect(ms).toBeGreaterThanOrEqual(0)
      expect(cpuMs).toBeGreaterThanOrEqual(0)
    }
  })
})
