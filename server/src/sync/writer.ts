import { errorFields, type Logger } from '../log.ts'
import type { DocUpdate, Storage } from '../storage/storage.ts'
import type { Room } from './room.ts'
import { atTurnEnd } from './turn.ts'

interface RoomPart {
  room: Room
  updates: DocUpdate[]
}

/** How large one transaction may grow, and how many may be committing at once. */
export interface WriteLimits {
  batchUpdates: number
  batchBytes: number
  inFlight: number
}

/**
 * One batch takes a few milliseconds to insert and broadcast even when huge rooms are busy; two in
 * flight keep the storage busy (one commits and fsyncs while the next is already queued behind it).
 */
export const DEFAULT_WRITE_LIMITS: WriteLimits = { batchUpdates: 1024, batchBytes: 1024 * 1024, inFlight: 2 }

/**
 * Appends accepted updates to storage in bounded batches, then each room broadcasts what became durable.
 *
 * - Bounded: a batch holds at most `batchUpdates` updates and `batchBytes` bytes, so no commit, and no
 *   broadcast of its result, holds the event loop or the storage for long, however much is queued.
 * - Pipelined: up to `inFlight` batches are committing at once; a batch is started at the end of an
 *   event-loop turn, so what arrives while one commits fills the next.
 * - Ordered and fair: a room has at most one batch in flight, so its updates are stored (and broadcast)
 *   in the order they were accepted; rooms wait their turn in a queue, and a room that still has updates
 *   after its batch joins the end of it, so a flooded room cannot starve the others.
 */
export class UpdateWriter {
  /** Rooms with updates to write and no batch in flight, in the order they will be served. */
  private readonly waiting = new Set<Room>()
  private readonly writing = new Set<Room>()
  private readonly batches = new Set<Promise<void>>()
  private scheduled = false
  private readonly storage: Storage
  private readonly log: Logger
  private readonly limits: WriteLimits
  private readonly onCommitted: (room: Room) => void
  private readonly onFailed: (room: Room, error: unknown) => void

  constructor(options: {
    storage: Storage
    log: Logger
    limits?: WriteLimits
    /** After a room's batch is durable (e.g. to compact it). */
    onCommitted: (room: Room) => void
    /** A room whose updates could not be stored: it must be dropped without compaction. */
    onFailed: (room: Room, error: unknown) => void
  }) {
    this.storage = options.storage
    this.log = options.log
    this.limits = options.limits ?? DEFAULT_WRITE_LIMITS
    this.onCommitted = options.onCommitted
    this.onFailed = options.onFailed
  }

  schedule(room: Room) {
    // A room with a batch in flight joins the queue again when that batch is done.
    if (!this.writing.has(room)) this.waiting.add(room)
    this.startAtTurnEnd()
  }

  /** Resolves when nothing scheduled is left unwritten (used on unload and shutdown). */
  async drain(): Promise<void> {
    while (this.batches.size > 0 || this.waiting.size > 0) {
      this.startBatches()
      await Promise.all(this.batches)
    }
  }

  private startAtTurnEnd() {
    if (this.scheduled || this.batches.size >= this.limits.inFlight) return
    this.scheduled = true
    // At the end of this turn, or sooner in a long one (see turn.ts): what was accepted until then
    // goes into the batch.
    atTurnEnd(() => {
      this.scheduled = false
      this.startBatches()
    })
  }

  private startBatches() {
    while (this.batches.size < this.limits.inFlight && this.waiting.size > 0) {
      const batch = this.writeBatch(this.takeBatch()).finally(() => {
        this.batches.delete(batch)
        if (this.waiting.size > 0) this.startAtTurnEnd()
      })
      this.batches.add(batch)
    }
  }

  /** Takes rooms from the front of the queue until the batch is full. */
  private takeBatch(): RoomPart[] {
    const taken: RoomPart[] = []
    let updates = 0
    let bytes = 0
    for (const room of this.waiting) {
      if (updates >= this.limits.batchUpdates || bytes >= this.limits.batchBytes) break
      this.waiting.delete(room)
      if (room.destroyed || !room.hasPending) continue
      this.writing.add(room)
      const part = room.takePending(this.limits.batchUpdates - updates, this.limits.batchBytes - bytes)
      updates += part.length
      for (const u of part) bytes += u.update.byteLength
      taken.push({ room, updates: part })
    }
    return taken
  }

  private async writeBatch(taken: RoomPart[]) {
    const batch = taken.flatMap((part) => part.updates)
    if (batch.length === 0) return
    let seqs: number[]
    try {
      seqs = await this.storage.appendUpdates(batch)
    } catch (error) {
      this.log.error('storing updates failed', {
        ...errorFields(error),
        updates: batch.length,
        rooms: taken.length,
      })
      for (const { room } of taken) {
        this.writing.delete(room)
        this.waiting.delete(room)
        this.onFailed(room, error)
      }
      return
    }
    let offset = 0
    for (const { room, updates } of taken) {
      offset += updates.length
      this.writing.delete(room)
      if (room.destroyed) continue
      room.committed(seqs[offset - 1] as number)
      if (room.hasPending) this.waiting.add(room)
      this.onCommitted(room)
    }
  }
}
