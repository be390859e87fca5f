import { CourseDoc, meetingFeedbackSchema } from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { invalidBody } from './validation.ts'

/**
 * `/api/feedback/:courseId/:meetingId`: the citizen's answers to the follow-up guide after a meeting,
 * kept out of the shared document so other participants never see them.
 */
export function feedbackRoutes({ storage, rooms }: { storage: Storage; rooms: RoomRegistry }) {
  const { accounts, records } = storage
  const coordinatorOrCitizen = requireCourseRole(accounts, ['coordinator', 'citizen'])
  return new Hono<AppEnv>()
    .put(
      '/:courseId/:meetingId',
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
        await c.var.audit('feedback.saved', { meeting: meetingId })
        return c.json({ ok: true })
      },
    )
    .get('/:courseId/:meetingId', coordinatorOrCitizen, async (c) => {
      const { courseId, meetingId } = c.req.param()
      const feedback = await records.feedbackFor(courseId, meetingId)
      // Reading what a vulnerable citizen said about a meeting is logged like opening the course.
      await c.var.audit('feedback.read', { meeting: meetingId, found: feedback !== null })
      return c.json({ feedback })
    })
}
