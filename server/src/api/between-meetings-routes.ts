import {
  type Agreement,
  AgreementStatuses,
  addDays,
  awaitingManagerDecision,
  CourseDoc,
  changeAgreementStatus,
  dateIn,
  dueMeasurementOf,
  followUpsDue,
  isOpen,
  label,
  meetingFeedbackSchema,
  overdueAgreements,
  partyName,
  ValidationError,
} from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { z } from 'zod'
import type { LiveConnections } from '../auth/live-connections.ts'
import type { AppEnv } from '../context.ts'
import { logCourseRead, requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import { requireUser, signedIn } from '../http/session.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { mayReport } from './agreement-owner.ts'
import { invalidBody } from './validation.ts'

export interface BetweenMeetingsDeps {
  storage: Storage
  rooms: RoomRegistry
  /** Live follow-up feeds are registered here by session, so signing out ends them like a socket. */
  live: LiveConnections
}

const statusChange = z.object({ to: z.enum(AgreementStatuses), note: z.string().max(1000).default('') })
const LIVE_BATCH_MS = 150
/** setTimeout's longest delay (about 24 days); a longer session is ended then and the browser reconnects. */
const MAX_TIMER_MS = 2 ** 31 - 1

const today = () => dateIn()

/** An agreement as the follow-up list shows it: names resolved, nothing else from the document. */
function summary(course: CourseDoc, a: Agreement) {
  return {
    id: a.id,
    what: a.what,
    owner: a.owner ? partyName(course, a.owner) : null,
    dueDate: a.dueDate,
    status: a.status,
    statusLabel: label('agreementStatus', a.status),
    followUp: {
      who: a.followUp.who ? partyName(course, a.followUp.who) : null,
      when: a.followUp.when,
      how: a.followUp.how,
    },
    managerAnswerBy: a.managerAnswerBy,
    lastChange: a.history.at(-1) ?? null,
  }
}

/**
 * Between meetings: owners report on their own agreements, the coordinator's follow-up list, and the
 * citizen's feedback on a meeting (kept out of the shared document, so other participants never see it).
 */
export function betweenMeetingsRoutes({ storage, rooms, live }: BetweenMeetingsDeps) {
  const { accounts, audit, records } = storage
  const ownerOrCoordinator = requireCourseRole(accounts, ['coordinator', 'participant', 'citizen'])
  const coordinatorOrCitizen = requireCourseRole(accounts, ['coordinator', 'citizen'])

  return new Hono<AppEnv>()
    .post(
      '/agreements/:courseId/:agreementId/status',
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
            return { status: 200 as const, agreement: summary(course, updated as Agreement) }
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
        await audit.append({
          at: Date.now(),
          actor: access.actor,
          action: 'agreement.status',
          courseId,
          ip: c.get('ip'),
          detail: { agreement: agreementId, to },
        })
        return c.json({ agreement: result.agreement })
      },
    )
    .get('/follow-ups', requireUser, async (c) => {
      const { user } = signedIn(c)
      const day = today()
      const soon = addDays(day, 7)
      const courses = []
      for (const membership of await accounts.coursesOf(user.id)) {
        await logCourseRead(c, accounts, membership.courseId)
        const seenAt = await accounts.lastSeen(user.id, membership.courseId)
        const measured = await storage.measures.measurementsOf(membership.courseId)
        courses.push(
          await rooms.read(membership.courseId, (room) => {
            const course = new CourseDoc(room.doc)
            const open = course.agreements.list().filter(isOpen)
            const lastMeeting = course.meetings
              .list()
              .filter((m) => m.closedAt !== null)
              .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))[0]
            const since = lastMeeting?.closedAt ?? 0
            const list = (items: Agreement[]) => items.map((a) => summary(course, a))
            return {
              courseId: membership.courseId,
              title: membership.title,
              phase: course.readMeta()?.phase ?? null,
              overdue: list(overdueAgreements(course, day)),
              dueSoon: list(open.filter((a) => a.dueDate !== null && a.dueDate >= day && a.dueDate <= soon)),
              awaitingManager: list(awaitingManagerDecision(course)),
              followUpsDue: list(followUpsDue(course, day)),
              measurementDue: dueMeasurementOf(course, measured, day),
              changedSinceLastMeeting: list(
                course.agreements.list().filter((a) => (a.history.at(-1)?.at ?? 0) > since && since > 0),
              ),
              changedSinceSeen: list(course.agreements.list().filter((a) => a.updatedAt > seenAt)),
            }
          }),
        )
      }
      return c.json({ today: day, courses })
    })
    .get('/follow-ups/live', requireUser, async (c) => {
      const { user, session } = signedIn(c)
      const mine = new Set((await accounts.coursesOf(user.id)).map((m) => m.courseId))
      // Tells the follow-up view which of my courses changed, never what changed: it re-reads the list.
      return streamSSE(c, async (stream) => {
        const changed = new Set<string>()
        let timer: ReturnType<typeof setTimeout> | null = null
        const flush = async () => {
          timer = null
          const ids = [...changed]
          changed.clear()
          for (const courseId of ids)
            await stream.writeSSE({ event: 'changed', data: JSON.stringify({ courseId }) })
        }
        const unsubscribe = rooms.onCommitted((docId) => {
          if (!mine.has(docId)) return
          changed.add(docId)
          // A burst of edits (someone typing) becomes one notice.
          timer ??= setTimeout(() => void flush(), LIVE_BATCH_MS)
        })
        const keepAlive = setInterval(() => void stream.write(': keep-alive\n\n'), 25_000)
        // The feed lasts as long as the session: signing out (or a revocation) and expiry end it.
        const untrack = live.add(`session:${session.id}`, { close: () => stream.abort() })
        const expiry = setTimeout(
          () => stream.abort(),
          Math.min(session.expiresAt - Date.now(), MAX_TIMER_MS),
        )
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ courses: [...mine] }) })
        await new Promise<void>((resolve) => stream.onAbort(resolve))
        clearInterval(keepAlive)
        clearTimeout(expiry)
        if (timer) clearTimeout(timer)
        untrack()
        unsubscribe()
      })
    })
    .post(
      '/follow-ups/:courseId/seen',
      requireUser,
      requireCourseRole(accounts, ['coordinator']),
      async (c) => {
        await accounts.markSeen(signedIn(c).user.id, c.req.param('courseId'), Date.now())
        return c.json({ ok: true })
      },
    )
    .put(
      '/feedback/:courseId/:meetingId',
      coordinatorOrCitizen,
      zValidator('json', meetingFeedbackSchema, invalidBody),
      async (c) => {
        const { courseId, meetingId } = c.req.param()
        const access = c.get('access')
        const status = await rooms.read(
          courseId,
          (room) => new CourseDoc(room.doc).meetings.get(meetingId)?.status,
        )
        if (!status) return refuse(c, 404, 'meeting_not_found')
        // The guide is asked right after the meeting; before it there is nothing to answer about.
        if (status === 'planned') return refuse(c, 409, 'meeting_not_held')
        const body = c.req.valid('json')
        await records.saveFeedback(courseId, meetingId, {
          ...body,
          answeredAt: Date.now(),
          recordedBy: access.actor,
        })
        await audit.append({
          at: Date.now(),
          actor: access.actor,
          action: 'feedback.saved',
          courseId,
          ip: c.get('ip'),
          detail: { meeting: meetingId },
        })
        return c.json({ ok: true })
      },
    )
    .get('/feedback/:courseId/:meetingId', coordinatorOrCitizen, async (c) => {
      const { courseId, meetingId } = c.req.param()
      const feedback = await records.feedbackFor(courseId, meetingId)
      // Reading what a vulnerable citizen said about a meeting is logged like opening the course.
      await audit.append({
        at: Date.now(),
        actor: c.get('access').actor,
        action: 'feedback.read',
        courseId,
        ip: c.get('ip'),
        detail: { meeting: meetingId, found: feedback !== null },
      })
      return c.json({ feedback })
    })
}
