import type { CourseDoc } from './course.ts'
import { type Actor, type EntityInput, entityBaseShape, type ValidationIssue } from './entity.ts'
import { idSchema, requiredText } from './fields.ts'
import { openMeetingOf } from './meeting.ts'
import * as z from './zod.ts'

/** The life areas the coordinator and the citizen talk through (ønsker, håb og drømme). */
export const LifeAreas = [
  'wellbeing',
  'relationships',
  'health',
  'housing',
  'economy',
  'employment',
  'substances',
  'other',
] as const
export type LifeArea = (typeof LifeAreas)[number]

export const GoalStatuses = ['active', 'achieved', 'paused', 'dropped'] as const
export type GoalStatus = (typeof GoalStatuses)[number]

/** A goal in the Mål- og aftaleskema, written in the citizen's own words. */
export const goalSchema = z.object({
  ...entityBaseShape,
  text: requiredText(500),
  lifeArea: z.enum(LifeAreas),
  status: z.enum(GoalStatuses).default('active'),
  /** The meeting where the goal was set; null when set with the coordinator outside a meeting. */
  createdInMeetingId: idSchema.nullable().default(null),
})
export type Goal = z.infer<typeof goalSchema>
export type GoalInput = z.input<typeof goalSchema>

/**
 * Writes down a new goal. Unless `createdInMeetingId` says otherwise, a goal set while a meeting is open
 * is set in that meeting.
 */
export function createGoal(
  course: CourseDoc,
  input: EntityInput<GoalInput>,
  actor: Actor,
  now = Date.now(),
): Goal {
  const createdInMeetingId =
    input.createdInMeetingId === undefined ? (openMeetingOf(course)?.id ?? null) : input.createdInMeetingId
  return course.goals.create({ ...input, createdInMeetingId }, actor, now)
}

export function checkGoal(course: CourseDoc, goal: Goal): ValidationIssue[] {
  if (goal.createdInMeetingId === null || course.meetings.get(goal.createdInMeetingId)) return []
  return [{ path: 'createdInMeetingId', message: 'no such meeting' }]
}

/** Why a goal may not be deleted: agreements serve it. */
export function goalReferences(course: CourseDoc, goalId: string): ValidationIssue[] {
  const serving = course.agreements.list().filter((a) => a.goalId === goalId).length
  return serving === 0 ? [] : [{ path: 'id', message: `${serving} agreement(s) serve this goal` }]
}
