import { CourseDoc, createId } from '@bordenden/model'
import * as Y from 'yjs'
import type { Storage } from './storage/storage.ts'

/**
 * Creates the demo course on a fresh installation, so a first start shows a filled board.
 * Returns the demo course id, or null when courses already exist.
 */
export async function ensureDemoCourse(storage: Storage, today = new Date()): Promise<string | null> {
  if ((await storage.listCourses()).length > 0) return null
  const id = createId()
  const doc = new Y.Doc()
  const course = new CourseDoc(doc)
  course.initialise({
    courseId: id,
    title: 'Demo: Jens’ forløb',
    citizenName: 'Jens Madsen',
    phase: 'networkMeetings',
  })
  course.meetings.create(
    {
      title: 'Netværksmøde',
      date: today.toISOString().slice(0, 10),
      place: 'Borgerservice, mødelokale 2',
      status: 'planned',
    },
    'system:demo',
  )
  await storage.appendUpdates([
    { docId: id, update: Y.encodeStateAsUpdate(doc), actor: 'system:demo', at: Date.now() },
  ])
  await storage.createCourse({ id, title: course.readMeta()?.title ?? 'Demo', createdAt: Date.now() })
  doc.destroy()
  return id
}
