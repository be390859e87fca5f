import type { CourseDoc } from './course.ts'
import { entityBaseShape, type ValidationIssue } from './entity.ts'
import { isoDate, requiredText, text } from './fields.ts'
import * as z from './zod.ts'

/** Where a person belongs on the network map (Netværks- og indsatskort). */
export const Sectors = ['family', 'friends', 'civilSociety', 'municipal', 'regional', 'other'] as const
export type Sector = (typeof Sectors)[number]

/** How close the person is to the citizen: the rings of the map, innermost first. */
export const Rings = ['close', 'middle', 'outer'] as const
export type Ring = (typeof Rings)[number]

/** Consent to share information with and about this person; `notAsked` until it has been discussed. */
export const ConsentStatuses = ['notAsked', 'given', 'limited', 'notGiven'] as const
export type ConsentStatus = (typeof ConsentStatuses)[number]

const consentSchema = z
  .object({
    status: z.enum(ConsentStatuses).default('notAsked'),
    /** When the consent was given, limited or refused. */
    date: isoDate.nullable().default(null),
    /** For limited consent: what may be shared. Otherwise any remark. */
    note: text(1000).default(''),
  })
  .superRefine((consent, ctx) => {
    if ((consent.status === 'given' || consent.status === 'limited') && consent.date === null) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'a consent needs the date it was given' })
    }
    if (consent.status === 'limited' && consent.note === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'a limited consent must say what may be shared',
      })
    }
  })

const contactSchema = z.object({
  phone: text(40).default(''),
  email: z.union([z.literal(''), z.email('not an e-mail address')]).default(''),
  /** Address, opening hours, "ring via vagttelefon", ... */
  other: text(500).default(''),
})

export const networkPersonSchema = z.object({
  ...entityBaseShape,
  name: requiredText(200),
  /** The relation or role as the citizen would say it: "søster", "sagsbehandler i jobcentret". */
  role: text(200).default(''),
  organisation: text(200).default(''),
  sector: z.enum(Sectors),
  ring: z.enum(Rings).default('middle'),
  contact: contactSchema.prefault({}),
  /** What the person contributes: a service (indsats) or other support, in plain words. */
  contributes: text(1000).default(''),
  /**
   * The citizen does not want this person involved: they are never invited, and setting it takes them off
   * the invitees of the planned meetings (see `withdrawInvitations`).
   */
  excludedByCitizen: z.boolean().default(false),
  consent: consentSchema.prefault({}),
})
export type NetworkPerson = z.infer<typeof networkPersonSchema>
export type NetworkPersonInput = z.input<typeof networkPersonSchema>

/** Why a person may not be deleted: the meetings and agreements that still name them. */
export function personReferences(course: CourseDoc, personId: string): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const meeting of course.meetings.list()) {
    if (meeting.invitees.some((i) => i.personId === personId)) {
      issues.push({ path: 'id', message: `is invited to the meeting "${meeting.title}"` })
    }
  }
  for (const agreement of course.agreements.list()) {
    const named = [agreement.owner, agreement.followUp.who].some(
      (p) => p?.kind === 'person' && p.personId === personId,
    )
    if (named) issues.push({ path: 'id', message: `is named in the agreement "${agreement.what}"` })
  }
  return issues
}

/**
 * Takes a person the citizen does not want involved off the invitees of every planned meeting; a meeting
 * that has been held (or is being held) keeps who was there. Runs in the transaction that writes the
 * person, so no replica sees a planned meeting inviting someone the citizen has excluded.
 */
export function withdrawInvitations(course: CourseDoc, person: NetworkPerson): void {
  if (!person.excludedByCitizen) return
  for (const meeting of course.meetings.list()) {
    if (meeting.status !== 'planned' || !meeting.invitees.some((i) => i.personId === person.id)) continue
    // Everyone the meeting may not invite goes, not only this person: an exclusion merged from another
    // replica could otherwise keep the meeting from being written at all.
    const invitees = meeting.invitees.filter(
      (i) => course.people.get(i.personId)?.excludedByCitizen === false,
    )
    course.meetings.update(meeting.id, { invitees }, person.updatedBy, person.updatedAt)
  }
}
