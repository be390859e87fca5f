import type { Peer } from './peer.ts'

/** How much a room, and one socket in it, may have accepted that is not durable yet. */
export interface BacklogLimits {
  roomUpdates: number
  roomBytes: number
  peerUpdates: number
  peerBytes: number
}

/** Default room limit in updates: about two write batches (see writer.ts). */
export const DEFAULT_BACKLOG_UPDATES = 2048

/**
 * A room may hold `roomUpdates` updates (or 4 MiB) that are not durable yet, one socket half of that:
 * enough to keep the writer busy, little enough that what is queued is written within a few commits.
 */
export function backlogLimits(roomUpdates = DEFAULT_BACKLOG_UPDATES): BacklogLimits {
  return {
    roomUpdates,
    roomBytes: 4 * 1024 * 1024,
    peerUpdates: Math.max(1, Math.floor(roomUpdates / 2)),
    peerBytes: 2 * 1024 * 1024,
  }
}

interface Load {
  updates: number
  bytes: number
}

const over = (load: Load, updates: number, bytes: number) => load.updates > updates || load.bytes > bytes
/** Reading resumes at half the limit, so a socket at the edge is not paused and resumed every update. */
const under = (load: Load, updates: number, bytes: number) =>
  load.updates <= updates / 2 && load.bytes <= bytes / 2

/**
 * A room's write backlog: updates accepted but not yet durable, in all and per sending socket. Over a
 * limit the server stops reading from the room's editors (the room's limit) or from that one socket (its
 * own), so the senders' TCP windows fill and they slow down, instead of the queue, the memory and the
 * next batches growing without bound and delaying every other room's writes. Reading resumes once
 * storage has caught up to half the limit.
 */
export class WriteBacklog {
  private readonly room: Load = { updates: 0, bytes: 0 }
  private readonly byPeer = new Map<Peer, Load>()
  private readonly peerOver = new Set<Peer>()
  private readonly paused = new Set<Peer>()
  private roomOver = false
  private readonly limits: BacklogLimits
  private readonly peers: ReadonlySet<Peer>
  private readonly onRoomPaused: (paused: boolean, backlog: Load) => void

  constructor(
    limits: BacklogLimits,
    peers: ReadonlySet<Peer>,
    onRoomPaused: (paused: boolean, backlog: Load) => void = () => {},
  ) {
    this.limits = limits
    this.peers = peers
    this.onRoomPaused = onRoomPaused
  }

  accepted(peer: Peer | null, bytes: number) {
    this.change(peer, 1, bytes)
  }

  written(peer: Peer | null, bytes: number) {
    this.change(peer, -1, -bytes)
  }

  /** A peer that joined a room whose reading is paused is paused too. */
  joined(peer: Peer) {
    this.review(peer)
  }

  left(peer: Peer) {
    this.paused.delete(peer)
    this.peerOver.delete(peer)
  }

  private change(peer: Peer | null, updates: number, bytes: number) {
    this.room.updates += updates
    this.room.bytes += bytes
    if (peer) {
      const load = this.byPeer.get(peer) ?? { updates: 0, bytes: 0 }
      load.updates += updates
      load.bytes += bytes
      if (load.updates > 0) this.byPeer.set(peer, load)
      else this.byPeer.delete(peer)
    }
    const { roomUpdates, roomBytes } = this.limits
    const was = this.roomOver
    this.roomOver = was ? !under(this.room, roomUpdates, roomBytes) : over(this.room, roomUpdates, roomBytes)
    if (this.roomOver !== was) {
      this.onRoomPaused(this.roomOver, { ...this.room })
      for (const p of this.peers) this.review(p)
    } else if (peer && this.peers.has(peer)) this.review(peer)
  }

  private review(peer: Peer) {
    const { peerUpdates, peerBytes } = this.limits
    const load = this.byPeer.get(peer)
    const wasOver = this.peerOver.has(peer)
    const isOver =
      load !== undefined &&
      (wasOver ? !under(load, peerUpdates, peerBytes) : over(load, peerUpdates, peerBytes))
    if (isOver) this.peerOver.add(peer)
    else this.peerOver.delete(peer)
    // Read-only peers add nothing to the backlog (their updates are dropped), so they are never paused.
    const pause = peer.role === 'editor' && (this.roomOver || isOver)
    if (pause === this.paused.has(peer)) return
    if (pause) this.paused.add(peer)
    else this.paused.delete(peer)
    peer.pauseReading?.(pause)
  }
}
