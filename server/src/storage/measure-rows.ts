import { MeasurementOccasions, measurementAnswersSchema } from '@bordenden/model'
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
