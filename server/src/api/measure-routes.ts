import {
  CourseDoc,
  createId,
  dateIn,
  dueMeasurementOf,
  measurementAnswersSchema,
  scoreOf,
} from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { OutcomeMeasurement } from '../storage/measures.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { invalidBody } from './validation.ts'

export interface MeasureDeps {
  storage: Storage
  rooms: RoomRegistry
}

/** What the trend and the lists show: the scores and when, not the single answers. */
const trendPoint = (m: OutcomeMeasurement) => ({
  id: m.id,
  occasion: m.occasion,
  answeredAt: m.answeredAt,
  who5: m.who5,
  inspireO: m.inspireO,
})

/**
 * `/api/measures/:courseId`: the citizen's WHO-5 and Brief INSPIRE-O. She answers them herself through her
 * link, and only when one is due (at most one per occasion, so a link cannot fill the table); she and her
 * coordinators read the scores. Every read and answer is in the audit log, never the scores themselves.
 */
export function measureRoutes({ storage, rooms }: MeasureDeps) {
  const { accounts, measures } = storage
  const due = async (courseId: string, taken: OutcomeMeasurement[]) =>
    rooms.read(courseId, (room) => dueMeasurementOf(new CourseDoc(room.doc), taken, dateIn()))

  return new Hono<AppEnv>()
    .get('/:courseId', requireCourseRole(accounts, ['coordinator', 'citizen']), async (c) => {
      const courseId = c.req.param('courseId')
      const taken = await measures.measurementsOf(courseId)
      await c.var.audit('measurement.read', { count: taken.length })
      return c.json({ due: await due(courseId, taken), measurements: taken.map(trendPoint) })
    })
    .post(
      '/:courseId',
      requireCourseRole(accounts, ['citizen']),
      zValidator('json', measurementAnswersSchema, invalidBody),
      async (c) => {
        const courseId = c.req.param('courseId')
        const access = c.get('access')
        const answers = c.req.valid('json')
        const taken = await measures.measurementsOf(courseId)
        const now = await due(courseId, taken)
        if (!now) return refuse(c, 409, 'no_questionnaire_due')
        const measurement: OutcomeMeasurement = {
          id: createId(),
          courseId,
          occasion: now.occasion,
          answers,
          who5: scoreOf('who5', answers.who5),
          inspireO: scoreOf('inspireO', answers.inspireO),
          answeredAt: Date.now(),
          recordedBy: access.actor,
        }
        await measures.addMeasurement(measurement)
        await c.var.audit(
          'measurement.saved',
          { occasion: measurement.occasion },
          { at: measurement.answeredAt },
        )
        return c.json({ measurement: trendPoint(measurement) }, 201)
      },
    )
}
