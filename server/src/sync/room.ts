import { courseOfPrivateDoc, migrateCourseDoc } from '@bordenden/model'
import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { DocUpdate, StoredDoc } from '../storage/storage.ts'
import { type BacklogLimits, backlogLimits, WriteBacklog } from './backlog.ts'
import type { RelayKind } from './fanout.ts'
import { migrateCanvas } from './migrate-canvas.ts'
import type { Peer } from './peer.ts'
import { Presence, type PresenceChange } from './presence.ts'
import type { PresenceRoom } from './presence-rules.ts'
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol.ts'
import type { Turn } from './turn.ts'

/** Transaction origin for state read back from storage: it is already durable, so it is not appended. */
const LOADED_FROM_STORAGE = Symbol('loaded-from-storage')
/** Origin of updates another process stored and relayed: durable, so shown to this room's peers at once. */
const FROM_ANOTHER_PROCESS = Symbol('from-another-process')

/** Where a room sends what the other processes serving the same document must see (see fanout.ts). */
export interface RoomRelay {
  update(update: Uint8Array): void
  awareness(update: Uint8Array): void
}

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
  /** Everyone's awareness state (presence: name, colour, cursor), as the clients sent it. */
  readonly presence = new Presence()
  readonly peers = new Set<Peer>()
  /** Sequence number of the newest durable update; compaction replaces the log up to it. */
  lastSeq: number
  updatesSinceCompaction = 0

  /**
   * The whole document as durable bytes while it has not changed since (the snapshot it was loaded from,
   * or the state last encoded with nothing pending): a fresh client's sync answer, without encoding the
   * document again.
   */
  private durableState: Uint8Array | null
  private pending: PendingUpdate[] = []
  private inFlight: PendingUpdate[] = []
  /** Updates accepted from peers or the server so far, and how many of them are durable. */
  private accepted = 0
  private durable = 0
  /** Sync answers computed when asked, each sent once the updates accepted before it are durable. */
  private waitingForDurable: { upTo: number; send: () => void }[] = []
  private readonly awarenessOwners = new Map<Peer, Set<number>>()
  /** Presence changed in this event-loop turn, sent as one awareness message (see flushAwareness). */
  private readonly awarenessChanged = new Set<number>()
  /** The one peer all of this turn's presence changes came from (it is not sent its own); null if several. */
  private awarenessFrom: Peer | null | undefined = undefined
  private awarenessFlushQueued = false
  /** Presence that changed here (not relayed from another process), to relay at the turn's end. */
  private readonly awarenessToRelay = new Set<number>()
  private readonly presenceExpiry: ReturnType<typeof setInterval>
  private readonly log: Logger
  private readonly turn: Turn
  private readonly onPendingWrite: (room: Room) => void
  private readonly relay: RoomRelay | null
  /** Stops reading from senders while too much of what they sent is not durable yet. */
  private readonly backlog: WriteBacklog

  constructor(
    docId: string,
    stored: StoredDoc,
    log: Logger,
    turn: Turn,
    onPendingWrite: (room: Room) => void,
    relay: RoomRelay | null = null,
    limits: BacklogLimits = backlogLimits(),
  ) {
    this.docId = docId
    this.log = log
    this.turn = turn
    this.onPendingWrite = onPendingWrite
    this.relay = relay
    this.backlog = new WriteBacklog(limits, this.peers, (paused, backlog) =>
      this.log.debug(
        paused ? 'write backlog full: reading paused' : 'write backlog drained: reading resumed',
        {
          ...backlog,
        },
      ),
    )
    this.lastSeq = stored.lastSeq
    this.updatesSinceCompaction = stored.updates.length
    this.durableState = stored.updates.length === 0 ? stored.snapshot : null
    this.doc = new Y.Doc({ gc: true })
    this.applyStored(stored, LOADED_FROM_STORAGE)
    this.doc.on('update', this.handleDocUpdate)

    // Presence of a client that vanished without a goodbye ends when it stops renewing it.
    this.presenceExpiry = setInterval(() => {
      const outdated = this.presence.outdated()
      if (outdated.length > 0)
        this.presenceChanged({ added: [], updated: [], removed: this.presence.remove(outdated) }, null)
    }, 3_000)
    this.presenceExpiry.unref()

    // Migrations run here, on the server, never in whichever client opens the document first. The
    // coordinator-only document has no schema of its own (see private-data.ts).
    if (courseOfPrivateDoc(docId) !== null) return
    const migrated = migrateCourseDoc(this.doc)
    if (migrated.from !== migrated.to) this.log.info('document migrated', { ...migrated })
    const canvas = migrateCanvas(this.doc)
    if (canvas.kind === 'migrated') this.log.info('canvas records migrated', { ...canvas })
    if (canvas.kind === 'failed') this.log.warn('canvas records not migrated', { ...canvas })
  }

  /** A new peer: it gets our state vector (to send what we lack) and everyone's presence. */
  addPeer(peer: Peer) {
    this.peers.add(peer)
    this.backlog.joined(peer)
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    if (this.presence.size > 0) peer.send(encodeAwareness(this.presence.encode(this.presence.clients())))
  }

  /** Removes a peer and the presence it published; true when the room is now empty. */
  removePeer(peer: Peer): boolean {
    this.peers.delete(peer)
    this.backlog.left(peer)
    const owned = this.awarenessOwners.get(peer)
    this.awarenessOwners.delete(peer)
    if (owned && owned.size > 0) {
      this.presenceChanged({ added: [], updated: [], removed: this.presence.remove(owned) }, null)
    }
    return this.peers.size === 0
  }

  /**
   * Applies a peer's update. Throws if the bytes are not a Yjs update. `asSent`: an edit as the client
   * made it (a sync `update` message, checked to leave nothing pending), which holds just that edit, so
   * it is stored and broadcast as it came: Yjs would otherwise encode the transaction's changes again
   * for the 'update' event, one of the largest costs of a busy room. A sync answer (step 2) carries the
   * client's whole delete set, so it is re-encoded to what is new, as is anything an observer changed.
   */
  applyUpdate(peer: Peer, update: Uint8Array, asSent = false) {
    if (!asSent) return Y.applyUpdate(this.doc, update, peer)
    const transactions: Y.Transaction[] = []
    const collect = (transaction: Y.Transaction) => transactions.push(transaction)
    let applied = false
    this.doc.off('update', this.handleDocUpdate)
    this.doc.on('afterTransaction', collect)
    try {
      Y.applyUpdate(this.doc, update, peer)
      applied = true
    } finally {
      this.doc.off('afterTransaction', collect)
      this.doc.on('update', this.handleDocUpdate)
      for (const [i, transaction] of transactions.entries()) {
        if (!changedAnything(transaction)) continue
        const asItCame = applied && i === 0 && transaction.origin === peer
        // Anything else (rare): everything since the transaction began, a superset Yjs applies alike.
        const since = () => Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(transaction.beforeState))
        // A copy of what came: the frame it is a view of is not ours to keep.
        this.handleDocUpdate(asItCame ? update.slice() : since(), transaction.origin)
      }
    }
  }

  /**
   * What another process serving this document relayed: a durable update (shown to this room's peers
   * at once, not stored again), presence, or a question for everyone's presence (a process that just
   * opened the document). Bytes that do not decode are dropped, never applied.
   */
  applyRelayed(kind: RelayKind, payload: Uint8Array) {
    try {
      if (kind === 'update') Y.applyUpdate(this.doc, payload, FROM_ANOTHER_PROCESS)
      else if (kind === 'awareness') this.presenceChanged(this.presence.apply(payload), null, false)
      else if (this.presence.size > 0) this.relay?.awareness(this.presence.encode(this.presence.clients()))
    } catch (error) {
      this.log.warn('dropped a malformed relayed message', { kind, error: (error as Error).message })
    }
  }

  /** Catches up with storage after relayed messages may have been missed; what is new reaches the peers. */
  catchUp(stored: StoredDoc) {
    this.applyStored(stored, FROM_ANOTHER_PROCESS)
  }

  /** Runs `change` on the document as the server; the result is stored and broadcast like any edit. */
  change(actor: string, change: (doc: Y.Doc) => void) {
    this.doc.transact(() => change(this.doc), actor)
  }

  /**
   * Answers a sync step 1 once everything in the answer is durable. The answer is computed now, so it
   * holds exactly the updates accepted so far, and is sent when those are stored: waiting instead until
   * nothing at all is unstored would starve a newcomer for as long as the others keep typing. Updates
   * accepted later reach it as broadcasts, in any order (Yjs does not mind). Throws if the bytes are not
   * a state vector.
   */
  answerSyncStep1(peer: Peer, stateVector: Uint8Array) {
    const whole = Y.decodeStateVector(stateVector).size === 0 ? this.durableState : null
    const answer = encodeSyncStep2(whole ?? Y.encodeStateAsUpdate(this.doc, stateVector))
    const send = () => {
      if (this.peers.has(peer)) peer.send(answer)
    }
    if (this.durable === this.accepted) send()
    else this.waitingForDurable.push({ upTo: this.accepted, send })
  }

  /** Presence as presence-rules.ts sees it. */
  readonly presenceView: PresenceRoom = {
    ownedByAnother: (client) =>
      this.presence.has(client) || [...this.awarenessOwners.values()].some((owned) => owned.has(client)),
    hasState: (client) => this.presence.has(client),
    stateCount: () => this.presence.size,
  }

  /** Applies a peer's awareness update. Throws if the bytes are not one. */
  applyAwareness(peer: Peer, update: Uint8Array) {
    this.presenceChanged(this.presence.apply(update), peer)
  }

  sendAllAwareness(peer: Peer) {
    peer.send(encodeAwareness(this.presence.encode(this.presence.clients())))
  }

  /** Accepted updates not yet handed to the writer. */
  get hasPending(): boolean {
    return this.pending.length > 0
  }

  /**
   * Hands the writer the oldest waiting updates, at most `maxUpdates` and `maxBytes` (but at least one),
   * which the room keeps in flight until committed or failed. One batch at a time per room: the next
   * one fills while this one commits, and the room's updates reach storage in the order accepted.
   */
  takePending(maxUpdates: number, maxBytes: number): DocUpdate[] {
    if (this.inFlight.length > 0) throw new Error('a batch of this room is already in flight')
    let count = 0
    let bytes = 0
    for (const p of this.pending) {
      if (count > 0 && (count >= maxUpdates || bytes + p.update.byteLength > maxBytes)) break
      count += 1
      bytes += p.update.byteLength
    }
    const at = Date.now()
    this.inFlight = count === this.pending.length ? this.pending : this.pending.slice(0, count)
    this.pending = count === this.pending.length ? [] : this.pending.slice(count)
    return this.inFlight.map((p) => ({ docId: this.docId, update: p.update, actor: p.actor, at }))
  }

  /** The in-flight updates are durable: now others may see them. */
  committed(lastSeq: number) {
    const done = this.inFlight
    this.inFlight = []
    this.lastSeq = lastSeq
    this.durable += done.length
    this.updatesSinceCompaction += done.length
    for (const p of done) this.backlog.written(p.origin, p.update.byteLength)
    if (done.length > 0) {
      // One message for the whole batch instead of one per update per peer: a busy room's fan-out is
      // its biggest cost. A peer whose own edits are in it gets them back, which Yjs ignores.
      const origins = new Set(done.map((p) => p.origin))
      const only = origins.size === 1 ? done[0]?.origin : null
      const update =
        done.length === 1 ? (done[0] as PendingUpdate).update : Y.mergeUpdates(done.map((p) => p.update))
      const frame = encodeUpdate(update)
      for (const peer of this.peers) if (peer !== only) peer.send(frame)
      this.relay?.update(update)
    }
    // Answers wait in the order they were asked, so each one waits for no more than those before it.
    while (this.waitingForDurable[0] && this.waitingForDurable[0].upTo <= this.durable) {
      this.waitingForDurable.shift()?.send()
    }
  }

  /** Everything since the last snapshot as one state; pass to storage.compact with `lastSeq`. */
  encodeState(): Uint8Array {
    const state = Y.encodeStateAsUpdate(this.doc)
    if (this.durable === this.accepted) this.durableState = state
    return state
  }

  get destroyed(): boolean {
    return this.doc.isDestroyed
  }

  destroy() {
    if (this.doc.isDestroyed) return
    clearInterval(this.presenceExpiry)
    this.doc.off('update', this.handleDocUpdate)
    this.doc.destroy()
  }

  private applyStored(stored: StoredDoc, origin: symbol) {
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(this.doc, update)
    }, origin)
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown) => {
    this.durableState = null
    if (origin === LOADED_FROM_STORAGE) return
    if (origin === FROM_ANOTHER_PROCESS) {
      const frame = encodeUpdate(update)
      for (const peer of this.peers) peer.send(frame)
      return
    }
    const peer = this.peers.has(origin as Peer) ? (origin as Peer) : null
    const actor = peer ? peer.actor : typeof origin === 'string' ? origin : 'system'
    this.pending.push({ update, actor, origin: peer })
    this.accepted += 1
    this.backlog.accepted(peer, update.byteLength)
    this.onPendingWrite(this)
  }

  /** `local`: the change happened in this process (a peer, or one leaving), so it is relayed too. */
  private presenceChanged({ added, updated, removed }: PresenceChange, peer: Peer | null, local = true) {
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0) return
    if (local && this.relay) for (const id of changed) this.awarenessToRelay.add(id)
    if (peer && this.peers.has(peer)) {
      const owned = this.awarenessOwners.get(peer) ?? new Set<number>()
      this.awarenessOwners.set(peer, owned)
      for (const id of added) owned.add(id)
      for (const id of updated) owned.add(id)
      for (const id of removed) owned.delete(id)
    }
    for (const id of changed) this.awarenessChanged.add(id)
    const from = peer && this.peers.has(peer) ? peer : null
    this.awarenessFrom = this.awarenessFrom === undefined || this.awarenessFrom === from ? from : null
    if (!this.awarenessFlushQueued) {
      this.awarenessFlushQueued = true
      this.turn.atTurnEnd(this.flushAwareness)
    }
  }

  /**
   * Sends this turn's presence changes as one message with each client's latest state: cursors move
   * ten times a second per participant, and one message per change per peer was most of the traffic.
   */
  private readonly flushAwareness = () => {
    this.awarenessFlushQueued = false
    const changed = [...this.awarenessChanged]
    const skip = this.awarenessFrom ?? null
    this.awarenessChanged.clear()
    this.awarenessFrom = undefined
    if (changed.length === 0 || this.doc.isDestroyed) return
    const frame = encodeAwareness(this.presence.encode(changed))
    for (const p of this.peers) if (p !== skip) p.send(frame)
    if (this.awarenessToRelay.size > 0) {
      this.relay?.awareness(this.presence.encode([...this.awarenessToRelay]))
      this.awarenessToRelay.clear()
    }
    // Removals are sent: what was kept of those clients can go (a connection's presence leaves with it).
    this.presence.forget(changed)
  }
}

/** Whether a transaction inserted or deleted anything (Yjs emits 'update' only then). */
function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true
  }
  return false
}
