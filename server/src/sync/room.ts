import { migrateCourseDoc } from '@bordenden/model'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { DocUpdate, StoredDoc } from '../storage/storage.ts'
import type { Peer } from './peer.ts'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol.ts'

/** Transaction origin for state read back from storage: it is already durable, so it is not appended. */
const LOADED_FROM_STORAGE = Symbol('loaded-from-storage')

interface PendingUpdate {
  update: Uint8Array
  actor: string
  origin: Peer | null
}

/**
 * One open course document. Holds the Y.Doc and the awareness of everyone connected to it.
 *
 * Durability rule: an update is applied to the doc at once (that is how it is validated and reduced to
 * what is new), but nobody else sees it until storage has it. Broadcasts, and answers to sync requests
 * that would contain it, wait for the write (see UpdateWriter), so a crash can only lose an update that
 * no other client has seen, and its sender still holds it and resends it on reconnect.
 */
export class Room {
  readonly docId: string
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly peers = new Set<Peer>()
  /** Sequence number of the newest durable update; compaction replaces the log up to it. */
  lastSeq: number
  updatesSinceCompaction = 0

  private pending: PendingUpdate[] = []
  private inFlight: PendingUpdate[] = []
  private waitingForDurable: (() => void)[] = []
  private readonly awarenessOwners = new Map<Peer, Set<number>>()
  private readonly log: Logger
  private readonly onPendingWrite: (room: Room) => void

  constructor(docId: string, stored: StoredDoc, log: Logger, onPendingWrite: (room: Room) => void) {
    this.docId = docId
    this.log = log
    this.onPendingWrite = onPendingWrite
    this.lastSeq = stored.lastSeq
    this.updatesSinceCompaction = stored.updates.length
    this.doc = new Y.Doc({ gc: true })
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(this.doc, update)
    }, LOADED_FROM_STORAGE)
    this.doc.on('update', this.handleDocUpdate)

    this.awareness = new awarenessProtocol.Awareness(this.doc)
    this.awareness.setLocalState(null) // the server itself is not a participant
    this.awareness.on('update', this.handleAwarenessUpdate)

    // Migrations run here, on the server, never in whichever client opens the document first.
    const migrated = migrateCourseDoc(this.doc)
    if (migrated.from !== migrated.to) this.log.info('document migrated', { ...migrated })
  }

  /** A new peer: it gets our state vector (to send what we lack) and everyone's presence. */
  addPeer(peer: Peer) {
    this.peers.add(peer)
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    if (this.awareness.getStates().size > 0) {
      peer.send(
        encodeAwareness(
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
        ),
      )
    }
  }

  /** Removes a peer and the presence it published; true when the room is now empty. */
  removePeer(peer: Peer): boolean {
    this.peers.delete(peer)
    const owned = this.awarenessOwners.get(peer)
    this.awarenessOwners.delete(peer)
    if (owned && owned.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...owned], null)
    return this.peers.size === 0
  }

  /** Applies a peer's update. Throws if the bytes are not a Yjs update. */
  applyUpdate(peer: Peer, update: Uint8Array) {
    Y.applyUpdate(this.doc, update, peer)
  }

  /** Runs `change` on the document as the server; the result is stored and broadcast like any edit. */
  change(actor: string, change: (doc: Y.Doc) => void) {
    this.doc.transact(() => change(this.doc), actor)
  }

  /** Answers a sync step 1 once everything in the answer is durable. */
  answerSyncStep1(peer: Peer, stateVector: Uint8Array) {
    this.whenDurable(() => {
      if (this.peers.has(peer)) peer.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)))
    })
  }

  applyAwareness(peer: Peer, update: Uint8Array) {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer)
  }

  sendAllAwareness(peer: Peer) {
    const clients = [...this.awareness.getStates().keys()]
    peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)))
  }

  get hasUndurable(): boolean {
    return this.pending.length > 0 || this.inFlight.length > 0
  }

  whenDurable(callback: () => void) {
    if (this.hasUndurable) this.waitingForDurable.push(callback)
    else callback()
  }

  /** Hands the writer what is waiting; the room keeps it in flight until committed or failed. */
  takePending(): DocUpdate[] {
    const at = Date.now()
    this.inFlight = this.pending
    this.pending = []
    return this.inFlight.map((p) => ({ docId: this.docId, update: p.update, actor: p.actor, at }))
  }

  /** The in-flight updates are durable: now others may see them. */
  committed(lastSeq: number) {
    const done = this.inFlight
    this.inFlight = []
    this.lastSeq = lastSeq
    this.updatesSinceCompaction += done.length
    for (const { update, origin } of done) {
      const frame = encodeUpdate(update)
      for (const peer of this.peers) if (peer !== origin) peer.send(frame)
    }
    if (!this.hasUndurable) {
      const waiting = this.waitingForDurable
      this.waitingForDurable = []
      for (const callback of waiting) callback()
    }
  }

  /** Everything since the last snapshot as one state; pass to storage.compact with `lastSeq`. */
  encodeState(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc)
  }

  get destroyed(): boolean {
    return this.doc.isDestroyed
  }

  destroy() {
    if (this.doc.isDestroyed) return
    this.doc.off('update', this.handleDocUpdate)
    this.awareness.off('update', this.handleAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED_FROM_STORAGE) return
    const peer = this.peers.has(origin as Peer) ? (origin as Peer) : null
    const actor = peer ? peer.actor : typeof origin === 'string' ? origin : 'system'
    this.pending.push({ update, actor, origin: peer })
    this.onPendingWrite(this)
  }

  private readonly handleAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0) return
    const peer = origin as Peer | null
    if (peer && this.peers.has(peer)) {
      const owned = this.awarenessOwners.get(peer) ?? new Set<number>()
      this.awarenessOwners.set(peer, owned)
      for (const id of added) owned.add(id)
      for (const id of updated) owned.add(id)
      for (const id of removed) owned.delete(id)
    }
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const p of this.peers) p.send(frame)
  }
}
