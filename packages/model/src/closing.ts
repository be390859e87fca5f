import type * as Y from 'yjs'
import { closingReasonSchema } from './closing-reasons.ts'
import type { CourseDoc, CoursePhase } from './course.ts'
import { type Actor, fail, parseOrThrow, ValidationError, type ValidationIssue } from './entity.ts'
import { idSchema, requiredText, text, timestamp } from './fields.ts'
import { openMeetingOf } from './meeting.ts'
import { isCourseClosed, type PhaseChange, recordPhaseChange } from './phases.ts'
import { DocKeys } from './schema.ts'
import * as z from './zod.ts'

/** A service (indsats) that goes on after the course, with the citizen coordinating it alone. */
export const continuingServiceSchema = z.object({
  what: requiredText(300),
  /** Who provides it: "hjemmeplejen", "egen læge". */
  provider: text(200).default(''),
  /** How the citizen reaches them. */
  contact: text(300).default(''),
})
export type ContinuingService = z.infer<typeof continuingServiceSchema>

/** The known person the citizen can call when things get hard after the course (livline). */
export const lifelineSchema = z.object({
  /** The person in the network, when the lifeline is one; the name is kept either way. */
  personId: idSchema.nullable().default(null),
  name: requiredText(200),
  contact: text(300).default(''),
})
export type Lifeline = z.infer<typeof lifelineSchema>

export const closureSchema = z.object({
  closedAt: timestamp,
  closedBy: z.string(),
  services: z
    .array(continuingServiceSchema)
    .max(30)
    .superRefine((services, ctx) => {
      const seen = new Set<string>()
      services.forEach((service, index) => {
        const key = service.what.toLocaleLowerCase('da')
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'what'], message: 'is listed twice' })
        seen.add(key)
      })
    }),
  lifeline: lifelineSchema,
  /** Why the course ended; absent on courses closed before reasons were chosen (see closingReasonOf). */
  reason: closingReasonSchema.optional(),
  /** The decision in a few words, as it goes into the goal and agreement form. */
  note: text(1000).default(''),
})
export type Closure = z.infer<typeof closureSchema>
export type ClosureInput = Omit<z.input<typeof closureSchema>, 'closedAt' | 'closedBy'>

function closingMap(course: CourseDoc): Y.Map<unknown> {
  return course.doc.getMap(DocKeys.closing)
}

/** How the course was closed, or null while it runs. */
export function closureOf(course: CourseDoc): Closure | null {
  const parsed = closureSchema.safeParse(closingMap(course).get('closure'))
  return parsed.success ? parsed.data : null
}

function checkLifeline(course: CourseDoc, lifeline: Lifeline): ValidationIssue[] {
  if (lifeline.personId === null) return []
  const person = course.people.get(lifeline.personId)
  if (!person) return [{ path: 'lifeline.personId', message: 'no such person in the network' }]
  if (person.excludedByCitizen) {
    return [{ path: 'lifeline.personId', message: `the citizen does not want ${person.name} involved` }]
  }
  return []
}

/**
 * Closes the course (fase 3): the services the citizen coordinates alone from now on and a named
 * lifeline. Not while a meeting is open, and not twice. The phase becomes `closing` and the change is
 * logged, so the timeline shows when and by whom.
 */
export function closeCourse(course: CourseDoc, input: ClosureInput, actor: Actor, now = Date.now()): Closure {
  if (isCourseClosed(course)) fail('closure', 'the course is already closed')
  const open = openMeetingOf(course)
  if (open) fail('closure', `a meeting is still open: "${open.title}"`)
  const closure = parseOrThrow('closure', closureSchema, { ...input, closedAt: now, closedBy: actor })
  const issues = checkLifeline(course, closure.lifeline)
  if (issues.length > 0) throw new ValidationError('closure', issues)
  course.doc.transact(() => {
    recordPhaseChange(course, { kind: 'closed', to: 'closing', note: closure.note }, actor, now)
    closingMap(course).set('closure', closure)
  })
  return closure
}

/** Reopens a closed course in `to` (e.g. when the citizen needs the network again); the reason is required. */
export function reopenCourse(
  course: CourseDoc,
  to: CoursePhase,
  note: string,
  actor: Actor,
  now = Date.now(),
): PhaseChange {
  if (!isCourseClosed(course)) fail('closure', 'the course is not closed')
  if (note.trim() === '') fail('closure', 'say why the course is reopened', 'note')
  return course.doc.transact(() => {
    closingMap(course).delete('closure')
    return recordPhaseChange(course, { kind: 'reopened', to, note }, actor, now)
  })
}
