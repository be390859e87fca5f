import type * as Y from 'yjs'
import { type CourseDoc, type CoursePhase, CoursePhases } from './course.ts'
import { type Actor, fail } from './entity.ts'
import { text, timestamp } from './fields.ts'
import { DocKeys } from './schema.ts'
import * as z from './zod.ts'

/** What a phase change was: an ordinary move, the course being closed, or a closed course reopened. */
export const PhaseChangeKinds = ['change', 'closed', 'reopened'] as const
export type PhaseChangeKind = (typeof PhaseChangeKinds)[number]

export const phaseChangeSchema = z.object({
  kind: z.enum(PhaseChangeKinds),
  from: z.enum(CoursePhases),
  to: z.enum(CoursePhases),
  at: timestamp,
  by: z.string(),
  note: text(500).default(''),
})
export type PhaseChange = z.infer<typeof phaseChangeSchema>

function changesArray(course: CourseDoc): Y.Array<unknown> {
  return course.doc.getArray(DocKeys.phaseChanges)
}

/** The course's phase changes, oldest first; entries that do not validate are left out. */
export function phaseHistory(course: CourseDoc): PhaseChange[] {
  const out: PhaseChange[] = []
  for (const entry of changesArray(course).toArray()) {
    const parsed = phaseChangeSchema.safeParse(entry)
    if (parsed.success) out.push(parsed.data)
  }
  return out
}

/** Sets the phase and logs the change in one transaction (shared by closing and reopening). */
export function recordPhaseChange(
  course: CourseDoc,
  change: Omit<PhaseChange, 'from' | 'at' | 'by'>,
  actor: Actor,
  now: number,
): PhaseChange {
  const meta = course.readMeta()
  if (!meta) fail('course', 'the course document has no valid metadata')
  const entry = phaseChangeSchema.parse({ ...change, from: meta.phase, at: now, by: actor })
  course.doc.transact(() => {
    if (entry.to !== meta.phase) course.updateMeta({ phase: entry.to })
    changesArray(course).push([entry])
  })
  return entry
}

/** Whether the course has been closed (and not reopened since). */
export function isCourseClosed(course: CourseDoc): boolean {
  return course.doc.getMap(DocKeys.closing).has('closure')
}

/**
 * Moves the course to another phase. Phases need not come in order (a course can end already in phase
 * 1, and a closing can turn back into meetings), but a closed course must be reopened first, and a
 * change must change something.
 */
export function changePhase(
  course: CourseDoc,
  to: CoursePhase,
  actor: Actor,
  options: { note?: string; now?: number } = {},
): PhaseChange {
  const { note = '', now = Date.now() } = options
  if (!CoursePhases.includes(to)) fail('phase change', `unknown phase ${to}`, 'to')
  if (isCourseClosed(course)) fail('phase change', 'the course is closed; reopen it first', 'to')
  if (course.readMeta()?.phase === to) fail('phase change', `the course is already in phase ${to}`, 'to')
  return recordPhaseChange(course, { kind: 'change', to, note }, actor, now)
}

/** The phase the course was in before its current pause; undefined when it is not paused. */
export function phaseBeforePause(course: CourseDoc): CoursePhase | undefined {
  if (course.readMeta()?.phase !== 'paused') return undefined
  const paused = phaseHistory(course).findLast((c) => c.to === 'paused')
  return paused && paused.from !== 'paused' ? paused.from : 'networkMeetings'
}

/** Ends a pause: the course goes back to the phase it was paused in. */
export function resumeCourse(
  course: CourseDoc,
  actor: Actor,
  options: { note?: string; now?: number } = {},
): PhaseChange {
  const back = phaseBeforePause(course)
  if (!back) fail('phase change', 'the course is not paused', 'to')
  return changePhase(course, back, actor, options)
}
