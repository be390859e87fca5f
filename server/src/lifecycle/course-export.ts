import { CourseDoc, migrateCourseDoc } from '@bordenden/model'
import { strToU8, zipSync } from 'fflate'
import * as Y from 'yjs'
import { recordPdf } from '../mail/record-pdf.ts'
import { journalText } from '../records/render-text.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { planText } from './plan-text.ts'
import { lifecycleText as t } from './texts.ts'

/** Runs `work` on a course's document: the open room in the server, a copy read from storage in the CLI. */
export type ReadCourse = <T>(courseId: string, work: (doc: Y.Doc) => T) => Promise<T>

export const readThroughRooms =
  (rooms: RoomRegistry): ReadCourse =>
  (courseId, work) =>
    rooms.read(courseId, (room) => work(room.doc))

export const readFromStorage =
  (storage: Storage): ReadCourse =>
  async (courseId, work) => {
    const stored = await storage.loadDoc(courseId)
    const doc = new Y.Doc()
    try {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
      migrateCourseDoc(doc)
      return work(doc)
    } finally {
      doc.destroy()
    }
  }

/** A file name from a date and a title, without characters that trouble any file system. */
const fileName = (...parts: string[]) =>
  parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w -]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80)

/**
 * One course for the citizen, as a ZIP: the plan in plain text, the whole document as JSON, every
 * record version as PDF (the same as the e-mailed one), plain text and JSON, and a Danish note saying what is what.
 */
export async function exportCourse(
  storage: Storage,
  readCourse: ReadCourse,
  courseId: string,
): Promise<Uint8Array> {
  const { plan, document } = await readCourse(courseId, (doc) => {
    const whole = Object.fromEntries([...doc.share.keys()].map((key) => [key, doc.get(key).toJSON()]))
    return { plan: planText(new CourseDoc(doc)), document: whole }
  })
  const files: Record<string, Uint8Array> = {
    'LAES-MIG.txt': strToU8(t('export.readme')),
    'plan.txt': strToU8(plan),
    'forloeb.json': strToU8(JSON.stringify(document, null, 2)),
  }
  for (const record of await storage.records.listRecords(courseId)) {
    const { meeting } = record.content
    const base = `referater/${fileName(meeting.date, meeting.title, `v${record.version}`)}`
    files[`${base}.pdf`] = await recordPdf(record)
    files[`${base}.txt`] = strToU8(journalText(record))
    files[`${base}.json`] = strToU8(JSON.stringify(record, null, 2))
  }
  return zipSync(files, { level: 6 })
}
