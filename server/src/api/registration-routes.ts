import {
  applyCorrections,
  CourseDoc,
  courseRegistrations,
  dateIn,
  type RegistrationCorrection,
  registrationCorrectionSchema,
} from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { invalidBody } from './validation.ts'

export interface RegistrationDeps {
  storage: Storage
  rooms: RoomRegistry
}

/**
 * `/api/registrations/:courseId`: the evaluation's registrations of a course as derived from the board
 * (packages/model/src/registrations.ts), with the coordinators' corrections applied beside what was
 * derived. A correction needs a reason; it is appended, never overwritten, and audited.
 */
export function registrationRoutes({ storage, rooms }: RegistrationDeps) {
  const { accounts, registrationCorrections } = storage
  const coordinators = requireCourseRole(accounts, ['coordinator'])
  const current = async (courseId: string) => {
    const corrections = await registrationCorrections.correctionsOf(courseId)
    return rooms.read(courseId, (room) => {
      const derived = courseRegistrations(new CourseDoc(room.doc), dateIn())
      return derived ? applyCorrections(derived, corrections) : null
    })
  }

  return new Hono<AppEnv>()
    .get('/:courseId', coordinators, async (c) =>
      c.json({ registrations: await current(c.req.param('courseId')) }),
    )
    .post(
      '/:courseId/:meetingId',
      coordinators,
      zValidator('json', registrationCorrectionSchema, invalidBody),
      async (c) => {
        const { courseId, meetingId } = c.req.param()
        const access = c.get('access')
        const held = await rooms.read(courseId, (room) => {
          const meeting = new CourseDoc(room.doc).meetings.get(meetingId)
          return meeting ? meeting.status !== 'planned' : null
        })
        if (held === null) return refuse(c, 404, 'meeting_not_found')
        if (!held) return refuse(c, 409, 'meeting_not_held')
        const correction: RegistrationCorrection = {
          ...c.req.valid('json'),
          meetingId,
          correctedAt: Date.now(),
          correctedBy: access.actor,
        }
        await registrationCorrections.addCorrection(courseId, correction)
        await c.var.audit(
          'registration.corrected',
          { meeting: meetingId, field: correction.field, value: correction.value },
          { at: correction.correctedAt },
        )
        return c.json({ registrations: await current(courseId) })
      },
    )
}
