import type { AuditAction } from '@bordenden/contract'
import {
  type ChecklistTemplate,
  CourseDoc,
  CoursePhases,
  changePhase,
  checklistProgress,
  closeCourse,
  closureOf,
  closureSchema,
  courseTimeline,
  meetingsByDate,
  openMeetingOf,
  phaseBeforePause,
  reopenCourse,
  tickChecklistItem,
} from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context.ts'
import { type CourseEnv, requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { AuditEntry } from '../storage/accounts.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { type CourseChange, changeCourse } from './course-change.ts'
import { invalidBody } from './validation.ts'

/** The open meeting, else the next planned one, else the last one held. */
function meetingInFocus(course: CourseDoc) {
  const meetings = meetingsByDate(course)
  return (
    openMeetingOf(course) ??
    meetings.find((m) => m.status === 'planned') ??
    meetings.filter((m) => m.status === 'closed').at(-1)
  )
}

export interface LifecycleDeps {
  storage: Storage
  rooms: RoomRegistry
  /** The municipality's phase checklists (see courses/checklist-template.ts). */
  checklists: ChecklistTemplate
}

/** The meeting whose per-meeting checklists to show (else the one in focus). */
const forMeeting = z.object({ meeting: z.string().max(128).optional() })
const phaseChange = z.object({ to: z.enum(CoursePhases), note: z.string().max(500).default('') })
const tick = z.object({ checked: z.boolean(), meetingId: z.string().max(128).nullable().default(null) })
const closing = closureSchema.omit({ closedAt: true, closedBy: true })
const reopening = z.object({ to: z.enum(CoursePhases), note: z.string().min(1).max(500) })

/**
 * The course lifecycle (`/api/lifecycle/:courseId/...`; apart from `/api/courses`, whose routes are for coordinators only): where the course is, its phase checklists, its
 * timeline, and the coordinator's moves: change phase, tick off, close and reopen. The moves are model
 * operations run on the shared document, so every open board shows them at once.
 */
export function lifecycleRoutes({ storage, rooms, checklists }: LifecycleDeps) {
  const { accounts, records } = storage
  const coordinator = requireCourseRole(accounts, ['coordinator'])
  const coordinatorOrCitizen = requireCourseRole(accounts, ['coordinator', 'citizen'])

  /** Answers a change: the refusal as 400, otherwise an audit entry (no content) and `body`. */
  async function answer<T>(
    c: Context<CourseEnv>,
    result: CourseChange<T>,
    action: AuditAction,
    detail: AuditEntry['detail'],
  ) {
    if (!result.ok) return refuse(c, 400, 'change_refused', { reason: result.error, issues: result.issues })
    await c.var.audit(action, detail)
    return c.json({ ok: true, result: result.value })
  }

  return new Hono<AppEnv>()
    .get('/:courseId', coordinatorOrCitizen, zValidator('query', forMeeting, invalidBody), async (c) => {
      const courseId = c.req.param('courseId')
      const stored = await records.listRecords(courseId)
      return c.json(
        await rooms.read(courseId, (room) => {
          const course = new CourseDoc(room.doc)
          // The per-meeting checklists are shown for the meeting asked for, else the one in focus now.
          const meetingId = c.req.valid('query').meeting ?? meetingInFocus(course)?.id ?? null
          return {
            phase: course.readMeta()?.phase ?? null,
            meetingId,
            phaseBeforePause: phaseBeforePause(course) ?? null,
            closure: closureOf(course),
            checklists: checklistProgress(course, checklists, meetingId),
            timeline: courseTimeline(course, stored),
          }
        }),
      )
    })
    .post('/:courseId/phase', coordinator, zValidator('json', phaseChange, invalidBody), async (c) => {
      const { to, note } = c.req.valid('json')
      const { courseId, actor } = c.get('access')
      const result = await changeCourse(rooms, courseId, actor, (course) =>
        changePhase(course, to, actor, { note }),
      )
      return answer(c, result, 'course.phase', { to })
    })
    .put('/:courseId/checklist/:itemId', coordinator, zValidator('json', tick, invalidBody), async (c) => {
      const itemId = c.req.param('itemId')
      const { checked, meetingId } = c.req.valid('json')
      const { courseId, actor } = c.get('access')
      const result = await changeCourse(rooms, courseId, actor, (course) =>
        tickChecklistItem(course, checklists, itemId, checked, actor, { meetingId }),
      )
      return answer(c, result, 'course.checklist', { item: itemId, checked, meeting: meetingId })
    })
    .post('/:courseId/close', coordinator, zValidator('json', closing, invalidBody), async (c) => {
      const input = c.req.valid('json')
      const { courseId, actor } = c.get('access')
      const result = await changeCourse(rooms, courseId, actor, (course) => closeCourse(course, input, actor))
      return answer(c, result, 'course.closed', { services: input.services.length })
    })
    .post('/:courseId/reopen', coordinator, zValidator('json', reopening, invalidBody), async (c) => {
      const { to, note } = c.req.valid('json')
      const { courseId, actor } = c.get('access')
      const result = await changeCourse(rooms, courseId, actor, (course) =>
        reopenCourse(course, to, note, actor),
      )
      return answer(c, result, 'course.reopened', { to })
    })
}
