import { CourseDoc, label, partyName } from '@bordenden/model'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { linkOwnsAgreement } from './agreement-owner.ts'

export interface StatusReportDeps {
  storage: Storage
  rooms: RoomRegistry
}

/**
 * An owner's own agreements, for the page where they report on them any day through their link. It
 * answers with their agreements only (what, due date, status and the latest change), nothing else of
 * the course, so a link that is read-only on the board learns no more here. Reports are made with
 * `POST /api/agreements/:courseId/:agreementId/status`.
 */
export function statusReportRoutes({ storage, rooms }: StatusReportDeps) {
  return new Hono<AppEnv>().get(
    '/:courseId/mine',
    requireCourseRole(storage.accounts, ['participant', 'citizen']),
    async (c) => {
      const access = c.get('access')
      const result = await rooms.read(c.req.param('courseId'), (room) => {
        const course = new CourseDoc(room.doc)
        const mine = course.agreements
          .list()
          .filter((a) => linkOwnsAgreement(access, a))
          .sort(
            (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt - b.createdAt,
          )
        const owner = mine[0]?.owner
        return {
          owner: owner ? partyName(course, owner) : null,
          agreements: mine.map((a) => {
            const last = a.history.at(-1)
            return {
              id: a.id,
              what: a.what,
              dueDate: a.dueDate,
              status: a.status,
              statusLabel: label('agreementStatus', a.status),
              // The latest change without `by`: an actor id says nothing to the owner.
              lastChange: last ? { to: last.to, at: last.at, note: last.note } : null,
            }
          }),
        }
      })
      return c.json(result)
    },
  )
}
