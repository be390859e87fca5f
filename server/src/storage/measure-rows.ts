import {
  CorrectableRegistrations,
  MeasurementOccasions,
  measurementAnswersSchema,
  type RegistrationCorrection,
} from '@bordenden/model'
import { z } from 'zod'
import type { OutcomeMeasurement } from './measures.ts'

/** The insert's parameters, in the column order both stores use. */
export function measurementRow(m: OutcomeMeasurement) {
  return [
    m.id,
    m.courseId,
    m.occasion,
    JSON.stringify(m.answers),
    m.who5,
    m.inspireO,
    m.answeredAt,
    m.recordedBy,
  ]
}

const rowSchema = z.object({
  id: z.string(),
  course_id: z.string(),
  occasion: z.enum(MeasurementOccasions),
  answers: z.string(),
  who5: z.coerce.number(),
  inspire_o: z.coerce.number(),
  answered_at: z.coerce.number(),
  recorded_by: z.string(),
})

export function toMeasurement(row: unknown): OutcomeMeasurement {
  const r = rowSchema.parse(row)
  return {
    id: r.id,
    courseId: r.course_id,
    occasion: r.occasion,
    answers: measurementAnswersSchema.parse(JSON.parse(r.answers)),
    who5: r.who5,
    inspireO: r.inspire_o,
    answeredAt: r.answered_at,
    recordedBy: r.recorded_by,
  }
}

/** A correction's insert parameters after the course id, in the column order both stores use. */
export function correctionRow(c: RegistrationCorrection) {
  return [c.meetingId, c.field, c.value, c.reason, c.correctedAt, c.correctedBy]
}

const correctionRowSchema = z.object({
  meeting_id: z.string(),
  field: z.enum(CorrectableRegistrations),
  value: z.enum(['yes', 'partly', 'no']),
  reason: z.string(),
  corrected_at: z.coerce.number(),
  corrected_by: z.string(),
})

export function toCorrection(row: unknown): RegistrationCorrection {
  const r = correctionRowSchema.parse(row)
  return {
    meetingId: r.meeting_id,
    field: r.field,
    value: r.value,
    reason: r.reason,
    correctedAt: r.corrected_at,
    correctedBy: r.corrected_by,
  }
}
