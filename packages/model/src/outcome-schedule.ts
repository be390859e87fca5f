import { dateIn } from './calendar.ts'
import type { CourseDoc, CoursePhase } from './course.ts'
import type { IsoDate } from './fields.ts'
import { isCourseClosed, type PhaseChange, phaseHistory } from './phases.ts'

/** When the questionnaires are asked: at the start, every three months, and at closing (seed 001). */
export const MeasurementOccasions = ['start', 'followUp', 'closing'] as const
export type MeasurementOccasion = (typeof MeasurementOccasions)[number]

export const MONTHS_BETWEEN_MEASUREMENTS = 3

/** A measurement as the schedule needs it. */
export interface TakenMeasurement {
  occasion: MeasurementOccasion
  answeredAt: number
}

export interface CourseClock {
  createdAt: number
  phase: CoursePhase
  closed: boolean
  phaseChanges: readonly PhaseChange[]
}

/** What the schedule reads from a course document; null when the document has no metadata yet. */
export function courseClock(course: CourseDoc): CourseClock | null {
  const meta = course.readMeta()
  if (!meta) return null
  return {
    createdAt: meta.createdAt,
    phase: meta.phase,
    closed: isCourseClosed(course),
    phaseChanges: phaseHistory(course),
  }
}

export interface DueMeasurement {
  occasion: MeasurementOccasion
  /** The day it became due. */
  since: IsoDate
}

/** `date` moved by whole calendar months, kept inside the month (31 January + 1 month is 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number)
  const first = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d ?? 1, lastDay))
  return first.toISOString().slice(0, 10)
}

/**
 * The measurement the citizen should answer now, or null. A paused or closed course asks nothing (a
 * pause is often a relapse; the closing measurement belongs in the closing phase, before it is closed).
 * In the closing phase one measurement taken since the phase began is the closing one; otherwise the
 * first is due from the course's first day and the next three months after the latest.
 */
export function dueMeasurement(
  clock: CourseClock,
  taken: readonly TakenMeasurement[],
  today: IsoDate,
): DueMeasurement | null {
  if (clock.closed || clock.phase === 'paused') return null
  const latest = taken.reduce<TakenMeasurement | null>(
    (newest, m) => (newest === null || m.answeredAt > newest.answeredAt ? m : newest),
    null,
  )
  if (clock.phase === 'closing') {
    const closingSince = clock.phaseChanges.findLast((c) => c.to === 'closing')?.at ?? clock.createdAt
    if (latest && latest.answeredAt >= closingSince) return null
    return { occasion: 'closing', since: dateIn(closingSince) }
  }
  if (!latest) return { occasion: 'start', since: dateIn(clock.createdAt) }
  const next = addMonths(dateIn(latest.answeredAt), MONTHS_BETWEEN_MEASUREMENTS)
  return next <= today ? { occasion: 'followUp', since: next } : null
}

/** `dueMeasurement` for a course document (null when it has no metadata yet). */
export function dueMeasurementOf(
  course: CourseDoc,
  taken: readonly TakenMeasurement[],
  today: IsoDate,
): DueMeasurement | null {
  const clock = courseClock(course)
  return clock ? dueMeasurement(clock, taken, today) : null
}
