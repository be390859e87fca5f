import { courseOfPrivateDoc, holdsPrivateData, movePrivateData, privateDocId } from '@bordenden/model'
import type { Logger } from '../log.ts'
import type { Room } from './room.ts'

/** What the separation needs from the room registry. */
export interface SeparationDeps {
  open(docId: string): Promise<Room>
  /** Resolves when every accepted update is durable. */
  drain(): Promise<void>
  /** Replaces a room's stored state (snapshot and log) with its current state. */
  compact(room: Room): Promise<void>
  /** The registry may unload a room this opened once nobody uses it. */
  release(room: Room): void
  log: Logger
}

/**
 * Migrates a course document written before the split, as it is loaded: what only coordinators may
 * know moves into the course's private document (see the model's `movePrivateData`), and the shared
 * document is compacted at once, so its stored state no longer holds it. The private document is
 * durable before the shared one forgets anything, so a crash in between loses nothing (the move is
 * simply done again). Does nothing for a document that has been separated already.
 */
export async function separatePrivateData(room: Room, deps: SeparationDeps): Promise<void> {
  if (courseOfPrivateDoc(room.docId) !== null || !holdsPrivateData(room.doc)) return
  const kept = await deps.open(privateDocId(room.docId))
  try {
    const people = movePrivateData(room.doc, kept.doc)
    await deps.drain()
    await deps.compact(room)
    deps.log.info('private data moved to the coordinator-only document', { docId: room.docId, people })
  } finally {
    deps.release(kept)
  }
}
