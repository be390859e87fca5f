import {
  agreementsDueSoon,
  CourseDoc,
  dateIn,
  dueMeasurementOf,
  type Meeting,
  meetingsByDate,
  openMeetingOf,
  overdueAgreements,
} from '@bordenden/model'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { logCourseRead } from '../http/course-access.ts'
import { requireUser, signedIn } from '../http/session.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'

export interface OverviewDeps {
  storage: Storage
  rooms: RoomRegistry
}

const meetingSummary = (m: Meeting | undefined) =>
  m ? { id: m.id, title: m.title, date: m.date, startTime: m.startTime, status: m.status } : null

/**
 * `GET /api/overview`: one line per course of the signed-in coordinator, as the extension's course list
 * shows it: phase, the meeting going on or the next one, and how many open agreements are overdue or due
 * within a week. Counts and dates only; the content stays in the document.
 */
export function overviewRoutes({ storage, rooms }: OverviewDeps) {
  return new Hono<AppEnv>().get('/', requireUser, async (c) => {
    const { user } = signedIn(c)
    const today = dateIn()
    const courses = []
    for (const { courseId, title } of await storage.accounts.coursesOf(user.id)) {
      await logCourseRead(c, storage.accounts, courseId)
      const measured = await storage.measures.measurementsOf(courseId)
      courses.push(
        await rooms.read(courseId, (room) => {
          const course = new CourseDoc(room.doc)
          const next = meetingsByDate(course).find((m) => m.status === 'planned' && m.date >= today)
          return {
            courseId,
            title,
            phase: course.readMeta()?.phase ?? null,
            openMeeting: meetingSummary(openMeetingOf(course)),
            nextMeeting: meetingSummary(next),
            overdue: overdueAgreements(course, today).length,
            dueSoon: agreementsDueSoon(course, today).length,
            measurementDue: dueMeasurementOf(course, measured, today),
          }
        }),
      )
    }
    return c.json({ today, courses })
  })
}
