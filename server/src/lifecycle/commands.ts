import { parseArgs } from 'node:util'
import { isValidId } from '@bordenden/model'
import type { Config } from '../config.ts'
import { openStorage } from '../storage/open-storage.ts'
import { eraseCourse } from './erase-course.ts'

export const courseCommandsUsage = `  delete-course --course ID [--confirm ID]
      Without --confirm: what deleting the course would remove. With --confirm and the same id: deletes
      it now, with everything of it (a tombstone stays in the audit log). Open boards close within a second.
`

/** The admin's side of deleting a course early (a coordinator uses the API). */
export const courseCommands: Record<string, (config: Config, args: string[]) => Promise<string>> = {
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
