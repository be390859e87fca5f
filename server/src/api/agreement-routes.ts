import {
  type Agreement,
  AgreementStatuses,
  CourseDoc,
  changeAgreementStatus,
  label,
  partyName,
  ValidationError,
} from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { linkOwnsAgreement, mayReport } from './agreement-owner.ts'
import { agreementSummary } from './agreement-summary.ts'
import { invalidBody } from './validation.ts'

const statusChange = z.object({ to: z.enum(AgreementStatuses), note: z.string().max(1000).default('') })

export interface AgreementRouteDeps {
  storage: Storage
  rooms: RoomRegistry
}

/**
 * `/api/agreements/:courseId`: an owner's own agreements, for the page where they report on them any day
 * through their link (`GET …/mine`), and the report itself (`POST …/:agreementId/status`). `mine` answers
 * with their agreements only (what, due date, status and the latest change), nothing else of the course,
 * so a link that is read-only on the board learns no more here.
 */
export function agreementRoutes({ storage, rooms }: AgreementRouteDeps) {
  const ownerOrCoordinator = requireCourseRole(storage.accounts, ['coordinator', 'participant', 'citizen'])
  return new Hono<AppEnv>()
    .get('/:courseId/mine', requireCourseRole(storage.accounts, ['participant', 'citizen']), async (c) => {
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
    })
    .post(
      '/:courseId/:agreementId/status',
      ownerOrCoordinator,
      zValidator('json', statusChange, invalidBody),
      async (c) => {
        const { courseId, agreementId } = c.req.param()
        const access = c.get('access')
        const { to, note } = c.req.valid('json')
        const result = await rooms.read(courseId, (room) => {
          const course = new CourseDoc(room.doc)
          const agreement = course.agreements.get(agreementId)
          if (!agreement) return { status: 404 as const, code: 'agreement_not_found' as const }
          // A participant reports on their own agreements only; the citizen on theirs.
          if (!mayReport(access, agreement))
            return { status: 403 as const, code: 'own_agreements_only' as const }
          try {
            let updated: Agreement | undefined
            room.change(access.actor, () => {
              updated = changeAgreementStatus(course, agreementId, { to, note }, access.actor)
            })
            return { status: 200 as const, agreement: agreementSummary(course, updated as Agreement) }
          } catch (error) {
            if (error instanceof ValidationError)
              return { status: 400 as const, code: 'change_refused' as const, reason: error.message }
            throw error
          }
        })
        if (result.status !== 200)
          return refuse(
            c,
            result.status,
            result.code,
            'reason' in result ? { reason: result.reason } : undefined,
          )
        await c.var.audit('agreement.status', { agreement: agreementId, to })
        return c.json({ agreement: result.agreement })
      },
    )
}
