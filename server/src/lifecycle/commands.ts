import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isValidId } from '@bordenden/model'
import type { Config } from '../config.ts'
import { openStorage } from '../storage/open-storage.ts'
import { exportCourse, readFromStorage } from './course-export.ts'
import { eraseCourse } from './erase-course.ts'

export const courseCommandsUsage = `  export-course --course ID --to FILE.zip
      The citizen's copy of one course (plan, records, the whole document), as a coordinator downloads it.
  delete-course --course ID [--confirm ID]
      Without --confirm: what deleting the course would remove. With --confirm and the same id: deletes
      it now, with everything of it (a tombstone stays in the audit log). Open boards close within a second.
`

/** The admin's side of exporting and deleting a course (a coordinator uses the API). */
export const courseCommands: Record<string, (config: Config, args: string[]) => Promise<string>> = {
  async 'export-course'(config, args) {
    const { values } = parseArgs({ args, options: { course: { type: 'string' }, to: { type: 'string' } } })
    const courseId = values.course ?? ''
    if (!isValidId(courseId) || !values.to) throw new Error('--course ID and --to FILE are required')
    const storage = await openStorage(config)
    try {
      if (!(await storage.listCourses()).some((c) => c.id === courseId))
        throw new Error(`no course ${courseId}`)
      const zip = await exportCourse(storage, readFromStorage(storage), courseId)
      const to = path.resolve(values.to)
      writeFileSync(to, zip, { mode: 0o600 })
      await storage.audit.append({
        at: Date.now(),
        actor: 'cli',
        action: 'course.exported',
        courseId,
        ip: null,
        detail: { bytes: zip.byteLength },
      })
      return `exported course ${courseId} to ${to}`
    } finally {
      await storage.close()
    }
  },
  async 'delete-course'(config, args) {
    const { values } = parseArgs({
      args,
      options: { course: { type: 'string' }, confirm: { type: 'string' } },
    })
    const courseId = values.course ?? ''
    if (!isValidId(courseId)) throw new Error('--course ID is required')
    const storage = await openStorage(config)
    try {
      const course = (await storage.listCourses()).find((c) => c.id === courseId)
      if (!course) throw new Error(`no course ${courseId}`)
      if (values.confirm !== courseId) {
        const records = (await storage.records.listRecords(courseId)).length
        const links = (await storage.accounts.listShareLinks(courseId)).length
        // No title: it names the citizen, and admins see no course content.
        return [
          `course ${courseId}, created ${new Date(course.createdAt).toISOString().slice(0, 10)}:`,
          `  ${records} record version(s), ${links} share link(s), its boards, members and evaluations`,
          `to delete it, run again with --confirm ${courseId}`,
        ].join('\n')
      }
      const rows = await eraseCourse({ storage, rooms: null }, courseId, {
        actor: 'cli',
        ip: null,
        reason: 'admin',
      })
      return `deleted course ${courseId} (${rows} rows)`
    } finally {
      await storage.close()
    }
  },
}
