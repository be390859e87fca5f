import type { CourseDoc } from './course.ts'
import { type Actor, type EntityInput, entityBaseShape, fail, type ValidationIssue } from './entity.ts'
import { type IsoDate, idSchema, isoDate, text, timestamp } from './fields.ts'
import { openMeetingOf } from './meeting.ts'
import { checkParty, followUpPartySchema, partySchema } from './party.ts'
import * as z from './zod.ts'

/** aftalt, i gang, udført, forsinket, ændret, opgivet. */
export const AgreementStatuses = ['agreed', 'inProgress', 'done', 'delayed', 'changed', 'abandoned'] as const
export type AgreementStatus = (typeof AgreementStatuses)[number]

/** Statuses of an agreement that still has to be kept: done and abandoned ones are settled. */
export const OpenAgreementStatuses: readonly AgreementStatus[] = [
  'agreed',
  'inProgress',
  'delayed',
  'changed',
]

/** A change to these statuses must say what changed, or why the agreement was given up. */
const NOTE_REQUIRED: readonly AgreementStatus[] = ['changed', 'abandoned']

export const statusChangeSchema = z.object({
  from: z.enum(AgreementStatuses).nullable(),
  to: z.enum(AgreementStatuses),
  at: timestamp,
  by: z.string(),
  note: text(1000).default(''),
})
export type StatusChange = z.infer<typeof statusChangeSchema>

/** How the agreement is followed up: who checks, when and how. */
export const followUpSchema = z.object({
  who: followUpPartySchema.nullable().default(null),
  when: isoDate.nullable().default(null),
  how: text(500).default(''),
})
export type FollowUp = z.infer<typeof followUpSchema>

/**
 * A binding agreement in the Mål- og aftaleskema. Fields may be left empty while it is being made at
 * the table; such an agreement is incomplete (see `missingFields`) until it says what, who and by when.
 * The status is changed with `changeAgreementStatus`, which appends to the history; the schema keeps
 * the two consistent, so a status cannot change without a history entry.
 */
export const agreementSchema = z
  .object({
    ...entityBaseShape,
    what: text(1000).default(''),
    owner: partySchema.nullable().default(null),
    dueDate: isoDate.nullable().default(null),
    goalId: idSchema.nullable().default(null),
    /** The meeting where the agreement was made; null when made between meetings. */
    meetingId: idSchema.nullable().default(null),
    followUp: followUpSchema.prefault({}),
    /** The owner must clear it with their manager first, and answers the citizen by `managerAnswerBy`. */
    needsManagerDecision: z.boolean().default(false),
    managerAnswerBy: isoDate.nullable().default(null),
    status: z.enum(AgreementStatuses),
    history: z.array(statusChangeSchema).min(1),
  })
  .superRefine((agreement, ctx) => {
    agreement.history.forEach((change, index) => {
      const before = index === 0 ? null : (agreement.history[index - 1]?.to ?? null)
      if (change.from !== before) {
        ctx.addIssue({ code: 'custom', path: ['history', index, 'from'], message: `expected ${before}` })
      }
    })
    if (agreement.history.at(-1)?.to !== agreement.status) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'a status change must be recorded in the history',
      })
    }
  })
export type Agreement = z.infer<typeof agreementSchema>
export type AgreementInput = z.input<typeof agreementSchema>

export function checkAgreement(course: CourseDoc, agreement: Agreement): ValidationIssue[] {
  const issues = [
    ...checkParty(course, agreement.owner, 'owner'),
    ...checkParty(course, agreement.followUp.who, 'followUp.who'),
  ]
  if (agreement.goalId !== null && !course.goals.get(agreement.goalId)) {
    issues.push({ path: 'goalId', message: 'no such goal' })
  }
  if (agreement.meetingId !== null && !course.meetings.get(agreement.meetingId)) {
    issues.push({ path: 'meetingId', message: 'no such meeting' })
  }
  return issues
}

export type NewAgreement = Omit<EntityInput<AgreementInput>, 'status' | 'history'>

/**
 * Records a new agreement with status "aftalt". Unless `meetingId` says otherwise, an agreement made while
 * a meeting is open is made in that meeting.
 */
export function createAgreement(
  course: CourseDoc,
  input: NewAgreement,
  actor: Actor,
  now = Date.now(),
): Agreement {
  const history: StatusChange[] = [{ from: null, to: 'agreed', at: now, by: actor, note: '' }]
  const meetingId = input.meetingId === undefined ? (openMeetingOf(course)?.id ?? null) : input.meetingId
  return course.agreements.create({ ...input, meetingId, status: 'agreed', history }, actor, now)
}

/**
 * Changes the status and appends who, when and why to the history. `changes` are applied together with
 * it, e.g. the new due date of an agreement that is changed.
 */
export function changeAgreementStatus(
  course: CourseDoc,
  agreementId: string,
  change: { to: AgreementStatus; note?: string; changes?: Partial<NewAgreement> },
  actor: Actor,
  now = Date.now(),
): Agreement {
  const agreement = course.agreements.getOrThrow(agreementId)
  const note = change.note?.trim() ?? ''
  if (change.to === agreement.status) fail('agreement', `is already ${change.to}`, 'status')
  if (NOTE_REQUIRED.includes(change.to) && note === '') {
    fail('agreement', `a change to ${change.to} needs a note saying what changed or why`, 'note')
  }
  const entry: StatusChange = { from: agreement.status, to: change.to, at: now, by: actor, note }
  return course.agreements.update(
    agreementId,
    { ...change.changes, status: change.to, history: [...agreement.history, entry] },
    actor,
    now,
  )
}

export type AgreementField = 'what' | 'owner' | 'dueDate' | 'managerAnswerBy'

/**
 * What an agreement still lacks: what, who and by when, and, when it waits for a manager's decision,
 * the date the citizen will have an answer. Empty means complete.
 */
export function missingFields(agreement: Agreement): AgreementField[] {
  const missing: AgreementField[] = []
  if (agreement.what === '') missing.push('what')
  if (agreement.owner === null) missing.push('owner')
  if (agreement.dueDate === null) missing.push('dueDate')
  if (agreement.needsManagerDecision && agreement.managerAnswerBy === null) missing.push('managerAnswerBy')
  return missing
}

/** An agreement without what, owner or due date is not finished (and the views say so everywhere). */
export function isIncomplete(agreement: Agreement): boolean {
  return missingFields(agreement).length > 0
}

export function isOpen(agreement: Agreement): boolean {
  return OpenAgreementStatuses.includes(agreement.status)
}

/** Still to be kept, and its due date is before `today`. A done or abandoned agreement is never overdue. */
export function isOverdue(agreement: Agreement, today: IsoDate): boolean {
  return isOpen(agreement) && agreement.dueDate !== null && agreement.dueDate < today
}
