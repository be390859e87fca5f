import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { invalidBody } from '../api/validation.ts'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { exportCourse, readThroughRooms } from './course-export.ts'
import { eraseCourse } from './erase-course.ts'
import { lifecycleText as t } from './texts.ts'

const confirmation = z.object({ confirmTitle: z.string().max(500) })

/**
 * A course's data as a whole, for its coordinators: `GET …/export`, the citizen's copy as a ZIP
 * (GDPR art. 15 and 20); and deleting the course before its retention period ends, in two steps:
 * `GET …/deletion` says what will go and what to type; `DELETE /api/courses/:id` with
 * `{"confirmTitle"}` (the course's title, typed by the coordinator) deletes it. Both are audited.
 */
export function courseDataRoutes(deps: { storage: Storage; rooms: RoomRegistry; log: Logger }) {
  const { storage } = deps
  const coordinator = requireCourseRole(storage.accounts, ['coordinator'])
  const titleOf = async (courseId: string) =>
    (await storage.listCourses()).find((course) => course.id === courseId)?.title ?? null

  return new Hono<AppEnv>()
    .get('/:courseId/export', coordinator, async (c) => {
      const courseId = c.req.param('courseId')
      const zip = await exportCourse(storage, readThroughRooms(deps.rooms), courseId)
      await c.var.audit('course.exported', { bytes: zip.byteLength })
      return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="bordenden-${courseId}.zip"`,
        'cache-control': 'no-store',
      })
    })
    .get('/:courseId/deletion', coordinator, async (c) => {
      const courseId = c.req.param('courseId')
      const [title, records, links] = await Promise.all([
        titleOf(courseId),
        storage.records.listRecords(courseId),
        storage.accounts.listShareLinks(courseId),
      ])
      if (title === null) return refuse(c, 404, 'not_found')
      return c.json({
        courseId,
        title,
        records: records.length,
        links: links.length,
        confirm: t('deletion.confirm'),
      })
    })
    .delete('/:courseId', coordinator, zValidator('json', confirmation, invalidBody), async (c) => {
      const courseId = c.req.param('courseId')
      const title = await titleOf(courseId)
      if (title === null || c.req.valid('json').confirmTitle.trim() !== title.trim())
        return refuse(c, 409, 'title_mismatch')
      const rows = await eraseCourse(deps, courseId, {
        actor: c.get('access').actor,
        ip: c.get('ip'),
        reason: 'coordinator',
      })
      return c.json({ deleted: true, rows })
    })
}
