import { CourseDoc, createId, privateDocId } from '@bordenden/model'
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
 * Writes a new course: the first state of its shared and its coordinator-only document goes into the
 * update log like any edit, so the sync server loads them the normal way, and the owner becomes a member.
 */
export async function createCourse(storage: Storage, input: NewCourse, now = Date.now()): Promise<string> {
  const id = createId()
  const doc = new Y.Doc()
  const privateDoc = new Y.Doc()
  try {
    const course = new CourseDoc(doc, privateDoc)
    course.initialise({ courseId: id, title: input.title, citizenName: input.citizenName, createdAt: now })
    input.fill?.(course)
    await storage.createCourse({ id, title: input.title, createdAt: now })
    const state = (docId: string, of: Y.Doc) => ({
      docId,
      update: Y.encodeStateAsUpdate(of),
      actor: input.actor,
      at: now,
    })
    await storage.appendUpdates([state(id, doc), state(privateDocId(id), privateDoc)])
    if (input.ownerId) await storage.accounts.addMember(id, input.ownerId, 'owner', now)
    return id
  } finally {
    doc.destroy()
    privateDoc.destroy()
  }
}
