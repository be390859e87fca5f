import { CloseCode } from '@bordenden/contract'
import { errorFields, type Logger } from '../log.ts'
import { SyncTraffic } from '../ops/sync-traffic.ts'
import type { Storage } from '../storage/storage.ts'
import { type BacklogLimits, backlogLimits } from './backlog.ts'
import { RedisFanOut, type RelayKind } from './fanout.ts'
import type { Peer } from './peer.ts'
import { Room } from './room.ts'
import { separatePrivateData } from './separate-private.ts'
import { threadCpuMs } from './thread-cpu.ts'
import { Turn } from './turn.ts'
import { UpdateWriter, type WriteLimits } from './writer.ts'

export interface RoomRegistryOptions {
  storage: Storage
  log: Logger
  /** Compact a room's log into a snapshot after this many appended updates. */
  compactEvery: number
  /** Redis that relays to other processes serving the same documents (REDIS_URL); none when alone. */
  redisUrl?: string | null
  /**
   * How long a room stays loaded after its last peer left (default 30 s), so that a reconnect or the next
   * person does not pay for reading and decoding it again; 0 unloads at once.
   */
  idleGraceMs?: number
  /** What a room, and one socket, may have accepted and not yet written before reading pauses. */
  backlogLimits?: BacklogLimits
  /** How large a write batch may grow and how many may be in flight (see writer.ts). */
  writeLimits?: WriteLimits
}

/**
 * The open rooms of this process. A room is loaded from storage on its first peer (concurrent first
 * peers share one load); compacted when its last peer leaves, and unloaded when nobody came back within
 * the grace period.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>()
  private readonly unloading = new Map<string, Promise<void>>()
  /** Rooms without peers, waiting out the grace period before they unload. */
  private readonly idle = new Map<string, NodeJS.Timeout>()
  private readonly idleGraceMs: number
  private readonly compacting = new Set<Room>()
  private readonly committedListeners = new Set<(docId: string) => void>()
  /** Loaded rooms by document, for relayed messages; while a room loads, they wait in `early`. */
  private readonly loaded = new Map<string, Room>()
  private readonly early = new Map<string, [RelayKind, Uint8Array][]>()
  readonly fanOut: RedisFanOut | null
  private readonly storage: Storage
  private readonly log: Logger
  private readonly compactEvery: number
  private readonly writer: UpdateWriter
  /** This server's per-turn batching (see turn.ts). */
  readonly turn: Turn
  /** This server's sync counters, for /metrics. */
  readonly traffic = new SyncTraffic()
  private lastPeerId = 0
  private readonly backlogLimits: BacklogLimits

  constructor(options: RoomRegistryOptions) {
    this.storage = options.storage
    this.log = options.log
    this.turn = new Turn(
      (error) => this.log.error('a batched task failed', errorFields(error)),
      () => this.storage.takeCommitted?.(),
    )
    this.compactEvery = options.compactEvery
    this.idleGraceMs = options.idleGraceMs ?? 30_000
    this.backlogLimits = options.backlogLimits ?? backlogLimits()
    this.writer = new UpdateWriter({
      storage: this.storage,
      turn: this.turn,
      log: this.log,
      limits: options.writeLimits,
      onCommitted: (room) => {
        if (room.updatesSinceCompaction >= this.compactEvery) void this.compact(room)
        this.notifyCommitted(room.docId)
      },
      onFailed: (room) => this.discard(room),
    })
    this.fanOut = options.redisUrl
      ? new RedisFanOut({
          url: options.redisUrl,
          log: this.log,
          deliver: (docId, kind, payload) => {
            const room = this.loaded.get(docId)
            if (!room) {
              this.early.get(docId)?.push([kind, payload])
              return
            }
            room.applyRelayed(kind, payload)
            // Another process stored it; live views here hear of it as if it were committed here.
            if (kind === 'update') this.notifyCommitted(docId)
          },
          resync: () => this.catchUpAll(),
        })
      : null
  }

  /** Documents loaded (or loading) in this process, for monitoring. */
  /** A new connection's id, unique in this server (log lines and presence ownership name it). */
  nextPeerId(): number {
    this.lastPeerId += 1
    return this.lastPeerId
  }

  get openRooms(): number {
    return this.rooms.size
  }

  /** The room for a document, loading it if needed. */
  async open(docId: string): Promise<Room> {
    clearTimeout(this.idle.get(docId))
    this.idle.delete(docId)
    const unloading = this.unloading.get(docId)
    if (unloading) await unloading
    let room = this.rooms.get(docId)
    if (!room) {
      room = this.load(docId)
      this.rooms.set(docId, room)
      room.catch(() => this.rooms.delete(docId))
    }
    return room
  }

  /**
   * Calls `listener` with the document's id each time its changes are durable (live views), here or, for a
   * room open here, on another process; returns unsubscribe.
   */
  onCommitted(listener: (docId: string) => void): () => void {
    this.committedListeners.add(listener)
    return () => this.committedListeners.delete(listener)
  }

  private notifyCommitted(docId: string) {
    for (const listener of this.committedListeners) listener(docId)
  }

  /** Joins a peer to a room; the caller must `leave` when the socket closes. */
  async join(docId: string, peer: Peer): Promise<Room> {
    const room = await this.open(docId)
    room.addPeer(peer)
    return room
  }

  /**
   * Runs `work` on a document from the server side (e.g. freezing a record). A room that nobody is
   * connected to is unloaded again afterwards, so reading does not keep documents in memory.
   */
  async read<T>(docId: string, work: (room: Room) => T | Promise<T>): Promise<T> {
    const room = await this.open(docId)
    try {
      return await work(room)
    } finally {
      if (room.peers.size === 0 && !room.destroyed) this.release(room)
    }
  }

  leave(room: Room, peer: Peer) {
    if (room.removePeer(peer) && !room.destroyed) this.release(room)
  }

  /** A room nobody is connected to: written and compacted now, unloaded after the grace period. */
  private release(room: Room) {
    if (this.idleGraceMs <= 0) {
      void this.unload(room)
      return
    }
    void this.writer
      .drain()
      .then(() => (room.updatesSinceCompaction > 0 && !room.destroyed ? this.compact(room) : undefined))
      .catch((error) =>
        this.log.error('writing an idle room failed', { docId: room.docId, ...errorFields(error) }),
      )
    clearTimeout(this.idle.get(room.docId))
    const timer = setTimeout(() => {
      this.idle.delete(room.docId)
      if (room.peers.size === 0 && !room.destroyed) void this.unload(room)
    }, this.idleGraceMs)
    timer.unref()
    this.idle.set(room.docId, timer)
  }

  /**
   * Drops a document that is being deleted: what is pending is written (the deletion removes it), then
   * the room goes without a compaction, and only then are its sockets closed, so leaving cannot write
   * the document back.
   */
  async evict(docId: string, code: number, reason: string) {
    await this.unloading.get(docId)
    const room = await this.rooms.get(docId)?.catch(() => null)
    if (!room) return
    await this.writer.drain()
    this.rooms.delete(docId)
    this.forget(room)
    room.destroy()
    for (const peer of [...room.peers]) peer.close(code, reason)
  }

  /** Closes every socket, writes everything pending and compacts every room. */
  async closeAll(code: number, reason: string) {
    for (const timer of this.idle.values()) clearTimeout(timer)
    this.idle.clear()
    const rooms = await Promise.allSettled([...this.rooms.values()])
    for (const result of rooms) {
      if (result.status !== 'fulfilled') continue
      for (const peer of [...result.value.peers]) peer.close(code, reason)
    }
    await this.writer.drain()
    await Promise.all(
      rooms.map((r) => (r.status === 'fulfilled' ? this.unload(r.value, true) : Promise.resolve())),
    )
    await Promise.all(this.unloading.values())
    await this.fanOut?.close()
  }

  /**
   * Subscribes before reading storage, and applies what arrived meanwhile after it: anything published
   * before the subscription is already in storage, so no update falls between the two.
   */
  private async load(docId: string): Promise<Room> {
    const started = performance.now()
    const cpuStarted = threadCpuMs()
    const fanOut = this.fanOut
    let stored: Awaited<ReturnType<Storage['loadDoc']>>
    const resyncs = fanOut?.resyncs ?? 0
    let subscribed = true
    try {
      if (fanOut) {
        this.early.set(docId, [])
        subscribed = await fanOut.subscribe(docId)
      }
      stored = await this.storage.loadDoc(docId)
    } catch (error) {
      this.early.delete(docId)
      fanOut?.unsubscribe(docId)
      throw error
    }
    const relay = fanOut && {
      update: (update: Uint8Array) => fanOut.publishUpdate(docId, update),
      awareness: (update: Uint8Array) => fanOut.publishAwareness(docId, update),
    }
    const room = new Room(
      docId,
      stored,
      this.log.child({ docId }),
      this.turn,
      (r) => this.writer.schedule(r),
      relay,
      this.backlogLimits,
    )
    if (fanOut) {
      this.loaded.set(docId, room)
      for (const [kind, payload] of this.early.get(docId) ?? []) room.applyRelayed(kind, payload)
      this.early.delete(docId)
      // Loaded without a subscription, or while a resync passed it by: read storage once more.
      if (!subscribed || fanOut.resyncs !== resyncs) void this.catchUp(room)
      fanOut.queryPresence(docId)
    }
    await separatePrivateData(room, {
      open: (id) => this.open(id),
      drain: () => this.writer.drain(),
      compact: (r) => this.compact(r),
      release: (r) => {
        if (r.peers.size === 0 && !r.destroyed) void this.unload(r)
      },
      log: this.log,
    })
    this.log.debug('room loaded', {
      docId,
      updates: stored.updates.length,
      snapshot: stored.snapshot !== null,
      ms: Math.round((performance.now() - started) * 100) / 100,
      // The work itself: on a busy machine the clock also counts the time other processes had the CPU.
      cpuMs: Math.round((threadCpuMs() - cpuStarted) * 100) / 100,
    })
    return room
  }

  private unload(room: Room, force = false): Promise<void> {
    const existing = this.unloading.get(room.docId)
    if (existing) return existing
    const work = (async () => {
      await this.writer.drain()
      if (room.peers.size > 0 && !force) return // someone joined while we were writing
      this.rooms.delete(room.docId)
      this.forget(room)
      if (room.updatesSinceCompaction > 0) await this.compact(room)
      room.destroy()
      this.log.debug('room unloaded', { docId: room.docId })
    })()
      .catch((error) => this.log.error('unloading room failed', { docId: room.docId, ...errorFields(error) }))
      .finally(() => this.unloading.delete(room.docId))
    this.unloading.set(room.docId, work)
    return work
  }

  private async compact(room: Room) {
    if (this.compacting.has(room)) return
    this.compacting.add(room)
    try {
      const throughSeq = room.lastSeq
      const count = room.updatesSinceCompaction
      await this.storage.compact(room.docId, room.encodeState(), throughSeq)
      room.updatesSinceCompaction -= count
      this.log.debug('room compacted', { docId: room.docId, updates: count, throughSeq })
    } catch (error) {
      this.log.error('compaction failed', { docId: room.docId, ...errorFields(error) })
    } finally {
      this.compacting.delete(room)
    }
  }

  /** Drops a room whose writes failed, without compacting its unsaved state; peers reconnect and resend. */
  private discard(room: Room) {
    this.rooms.delete(room.docId)
    this.forget(room)
    for (const peer of [...room.peers]) peer.close(CloseCode.internal, 'storage unavailable')
    room.destroy()
  }

  /** Stops relaying a room that is leaving memory. */
  private forget(room: Room) {
    if (this.loaded.get(room.docId) !== room) return
    this.loaded.delete(room.docId)
    this.fanOut?.unsubscribe(room.docId)
  }

  /** After the relay was down: every open room reads storage again and passes on what it missed. */
  private async catchUpAll() {
    await Promise.all([...this.loaded.values()].map((room) => this.catchUp(room)))
  }

  private async catchUp(room: Room) {
    try {
      const stored = await this.storage.loadDoc(room.docId)
      if (!room.destroyed) room.catchUp(stored)
    } catch (error) {
      this.log.error('catching up from storage failed', {
        docId: room.docId,
        ...errorFields(error),
      })
    }
  }
}
