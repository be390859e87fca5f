import { CloseCode } from '@bordenden/contract'
import { privateDocId } from '@bordenden/model'
import type { Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'

/** Why a course was deleted, as the tombstone says. */
export type ErasureReason = 'retention' | 'coordinator' | 'admin'

export interface ErasureDeps {
  storage: Storage
  /** This process's rooms (none in the admin command: a running server's sweep closes its sockets). */
  rooms: RoomRegistry | null
  log?: Logger
}

/**
 * Deletes a course with everything that belongs to it, and leaves a tombstone in the audit log: who,
 * when, why and how many rows, no name and no content. Open boards here are closed with 4404, which
 * makes the client drop its offline copy; on other processes the revocation sweep closes the course's
 * sockets within a second (its links and memberships are gone), with 4001, which does the same.
 * Returns the rows deleted; 0 (and no tombstone) when the course was already gone.
 */
export async function eraseCourse(
  { storage, rooms, log }: ErasureDeps,
  courseId: string,
  by: { actor: string; ip: string | null; reason: ErasureReason },
): Promise<number> {
  // Both of the course's documents: the shared one and the coordinators' own (see private-data.ts).
  for (const docId of [courseId, privateDocId(courseId)]) {
    await rooms?.evict(docId, CloseCode.courseDeleted, 'course deleted')
  }
  const rows = await storage.eraseCourse(courseId)
  if (rows === 0) return 0
  await storage.audit.append({
    at: Date.now(),
    actor: by.actor,
    action: 'course.deleted',
    courseId,
    ip: by.ip,
    detail: { reason: by.reason, rows },
  })
  log?.info('course deleted', { courseId, reason: by.reason, rows })
  return rows
}
