import { CourseDoc, meetingsByDate } from '@bordenden/model'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'

export interface CitizenEvaluationDeps {
  storage: Storage
  rooms: RoomRegistry
}

/**
 * The citizen answers the evaluation of the last meeting held on her own phone: this names that
 * meeting and her earlier answers, if any (saved with `PUT /api/feedback/:courseId/:meetingId`, kept
 * outside the shared document). Only the citizen's link; reading her answers is audited like the
 * coordinator's reading.
 */
export function citizenEvaluationRoutes({ storage, rooms }: CitizenEvaluationDeps) {
  const { accounts, records } = storage
  return new Hono<AppEnv>().get('/:courseId', requireCourseRole(accounts, ['citizen']), async (c) => {
    const courseId = c.req.param('courseId')
    const meeting = await rooms.read(courseId, (room) => {
      const held = meetingsByDate(new CourseDoc(room.doc)).filter((m) => m.status !== 'planned')
      const last = held.at(-1)
      return last ? { id: last.id, title: last.title, date: last.date } : null
    })
    if (!meeting) return c.json({ meeting: null, feedback: null })
    const saved = await records.feedbackFor(courseId, meeting.id)
    await c.var.audit('feedback.read', { meeting: meeting.id, found: saved !== null })
    // Her answers only: who recorded them and when stay on the server.
    const feedback = saved ? { guide: saved.guide, evaluation: saved.evaluation } : null
    return c.json({ meeting, feedback })
  })
}
