import type { MeasurementAnswers, MeasurementOccasion } from '@bordenden/model'

/** One sitting of the two outcome questionnaires, answered by the citizen (or read out to her). */
export interface OutcomeMeasurement {
  id: string
  courseId: string
  occasion: MeasurementOccasion
  answers: MeasurementAnswers
  /** WHO-5, 0-100. */
  who5: number
  /** Brief INSPIRE-O, 0-100. */
  inspireO: number
  answeredAt: number
  /** The link or session that sent it, as the audit log names it. */
  recordedBy: string
}

/** Kept apart from the course document, so only the citizen and her coordinators ever read it. */
export interface MeasureStore {
  addMeasurement(measurement: OutcomeMeasurement): Promise<void>
  /** A course's measurements, oldest first. */
  measurementsOf(courseId: string): Promise<OutcomeMeasurement[]>
}
