import { errorFields, type Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import type { Room } from './room.ts'
import type { Turn } from './turn.ts'

/**
 * Appends accepted updates to storage in batches: every room with pending updates is written in one
 * transaction per event-loop turn, then each room broadcasts what became durable. One batch is in
 * flight at a time, so updates reach storage in the order they were accepted.
 */
export class UpdateWriter {
  private readonly dirty = new Set<Room>()
  private scheduled = false
  private flushing: Promise<void> | null = null
  private readonly storage: Storage
  private readonly log: Logger
  private readonly onCommitted: (room: Room) => void
  private readonly onFailed: (room: Room, error: unknown) => void
  private readonly turn: Turn

  constructor(options: {
    storage: Storage
    log: Logger
    /** The server's per-turn batching: a batch is written at the end of the turn its first update came in. */
    turn: Turn
    /** After a room's batch is durable (e.g. to compact it). */
    onCommitted: (room: Room) => void
    /** A room whose updates could not be stored: it must be dropped without compaction. */
    onFailed: (room: Room, error: unknown) => void
  }) {
    this.storage = options.storage
    this.log = options.log
    this.onCommitted = options.onCommitted
    this.onFailed = options.onFailed
    this.turn = options.turn
  }

  schedule(room: Room) {
    this.dirty.add(room)
    if (this.scheduled || this.flushing) return
    this.scheduled = true
    // At the end of this turn, or sooner in a long one (see turn.ts): everything accepted until then
    // goes into the batch.
    this.turn.atTurnEnd(() => {
      this.scheduled = false
      void this.flush()
    })
  }

  /** Resolves when nothing scheduled is left unwritten (used on unload and shutdown). */
  async drain(): Promise<void> {
    while (this.flushing || this.dirty.size > 0) {
      if (this.flushing) await this.flushing
      else await this.flush()
    }
  }

  private flush(): Promise<void> {
    if (this.flushing) return this.flushing
    this.flushing = this.writeBatch().finally(() => {
      this.flushing = null
      if (this.dirty.size > 0) this.schedule(this.dirty.values().next().value as Room)
    })
    return this.flushing
  }

  private async writeBatch() {
    const rooms = [...this.dirty]
    this.dirty.clear()
    const perRoom = rooms.map((room) => room.takePending())
    const batch = perRoom.flat()
    if (batch.length === 0) return
    let seqs: number[]
    try {
      seqs = await this.storage.appendUpdates(batch)
    } catch (error) {
      this.log.error('storing updates failed', {
        ...errorFields(error),
        updates: batch.length,
        rooms: rooms.length,
      })
      for (const room of rooms) this.onFailed(room, error)
      return
    }
    let offset = 0
    rooms.forEach((room, i) => {
      const count = perRoom[i]?.length ?? 0
      offset += count
      if (count === 0) return
      room.committed(seqs[offset - 1] as number)
      this.onCommitted(room)
    })
  }
}
