import { CourseDoc, createId } from '@bordenden/model'
import * as Y from 'yjs'
import type { Storage } from '../storage/storage.ts'

export interface NewCourse {
  title: string
  citizenName: string
  /** The coordinator who owns it; null for the demo created before anyone signs in. */
  ownerId: string | null
  actor: string
  /** Fills the new document (the demo course uses this). */
  fill?: (course: CourseDoc) => void
}

/**
 * Writes a new course: its first document state goes into the update log like any edit, so the sync
 * server loads it the normal way, and the owner becomes a member.
 */
export async function createCourse(storage: Storage, input: NewCourse, now = Date.now()): Promise<string> {
  const id = createId()
  const doc = new Y.Doc()
  try {
    const course = new CourseDoc(doc)
    course.initialise({ courseId: id, title: input.title, citizenName: input.citizenName, createdAt: now })
    input.fill?.(course)
    await storage.createCourse({ id, title: input.title, createdAt: now })
    await storage.appendUpdates([
      { docId: id, update: Y.encodeStateAsUpdate(doc), actor: input.actor, at: now },
    ])
    if (input.ownerId) await storage.accounts.addMember(id, input.ownerId, 'owner', now)
    return id
  } finally {
    doc.destroy()
  }
}
