import {
  type Agreement,
  agreementsDueSoon,
  awaitingManagerDecision,
  CourseDoc,
  changedSinceLastMeeting,
  dateIn,
  dueMeasurementOf,
  followUpsDue,
  overdueAgreements,
} from '@bordenden/model'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { LiveConnections } from '../auth/live-connections.ts'
import type { AppEnv } from '../context.ts'
import { logCourseRead, requireCourseRole } from '../http/course-access.ts'
import { requireUser, signedIn } from '../http/session.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { agreementSummary } from './agreement-summary.ts'

export interface FollowUpRouteDeps {
  storage: Storage
  rooms: RoomRegistry
  /** Live follow-up feeds are registered here by session, so signing out ends them like a socket. */
  live: LiveConnections
}

const LIVE_BATCH_MS = 150
/** setTimeout's longest delay (about 24 days); a longer session is ended then and the browser reconnects. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * `/api/follow-ups`: the coordinator's follow-up list between meetings, over all her courses; a live feed
 * saying which of them changed; and marking a course's list as seen.
 */
export function followUpRoutes({ storage, rooms, live }: FollowUpRouteDeps) {
  const { accounts } = storage
  return new Hono<AppEnv>()
    .get('/', requireUser, async (c) => {
      const { user } = signedIn(c)
      const day = dateIn()
      const courses = []
      for (const membership of await accounts.coursesOf(user.id)) {
        await logCourseRead(c, accounts, membership.courseId)
        const seenAt = await accounts.lastSeen(user.id, membership.courseId)
        const measured = await storage.measures.measurementsOf(membership.courseId)
        courses.push(
          await rooms.read(membership.courseId, (room) => {
            const course = new CourseDoc(room.doc)
            const list = (items: Agreement[]) => items.map((a) => agreementSummary(course, a))
            return {
              courseId: membership.courseId,
              title: membership.title,
              phase: course.readMeta()?.phase ?? null,
              overdue: list(overdueAgreements(course, day)),
              dueSoon: list(agreementsDueSoon(course, day)),
              awaitingManager: list(awaitingManagerDecision(course)),
              followUpsDue: list(followUpsDue(course, day)),
              measurementDue: dueMeasurementOf(course, measured, day),
              changedSinceLastMeeting: list(changedSinceLastMeeting(course)),
              changedSinceSeen: list(course.agreements.list().filter((a) => a.updatedAt > seenAt)),
            }
          }),
        )
      }
      return c.json({ today: day, courses })
    })
    .get('/live', requireUser, async (c) => {
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
    .post('/:courseId/seen', requireUser, requireCourseRole(accounts, ['coordinator']), async (c) => {
      await accounts.markSeen(signedIn(c).user.id, c.req.param('courseId'), Date.now())
      return c.json({ ok: true })
    })
}
