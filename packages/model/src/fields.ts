import * as z from './zod.ts'

/**
 * Field schemas shared by the entities. Optional values are stored as `null`, never left out, so
 * every stored entity has the same keys and a field can be cleared by writing null.
 */

/** An entity id (the model's own ids are 32 hex characters; ids from elsewhere are accepted). */
export const idSchema = z.string().min(1, 'an id is required').max(128)

/** Milliseconds since the epoch. */
export const timestamp = z.number().int().nonnegative()

/** A calendar date, `YYYY-MM-DD`. Dates compare correctly as strings. */
export type IsoDate = string
export const isoDate = z.iso.date({ error: 'expected a calendar date as YYYY-MM-DD' })

/** A time of day, `HH:MM` (24 hours). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM')

/** Free text, trimmed, possibly empty. */
export const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`)

/** Free text that must say something. */
export const requiredText = (max: number) => text(max).min(1, 'must not be empty')

/** `date` moved by `days` calendar days (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number)
  const moved = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days))
  return moved.toISOString().slice(0, 10)
}
