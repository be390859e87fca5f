import type { CourseDoc } from './course.ts'
import type { ValidationIssue } from './entity.ts'
import { idSchema } from './fields.ts'
import { type Locale, label } from './labels.ts'
import * as z from './zod.ts'

/**
 * Someone at the table: the citizen, or a person from their network. The citizen is the centre of the
 * network map, not a NetworkPerson, so owners, speakers and follow-up persons name one of the two.
 */
export const partySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('citizen') }),
  z.object({ kind: z.literal('person'), personId: idSchema }),
])
export type Party = z.infer<typeof partySchema>

export const citizen: Party = { kind: 'citizen' }

/**
 * Who follows an agreement up: someone at the table, or the course's coordinator, who usually does and
 * is not one of the citizen's network (she is named in the course's metadata, if at all).
 */
export const followUpPartySchema = z.discriminatedUnion('kind', [
  ...partySchema.options,
  z.object({ kind: z.literal('coordinator') }),
])
export type FollowUpParty = z.infer<typeof followUpPartySchema>

export const coordinator: FollowUpParty = { kind: 'coordinator' }

export function person(personId: string): Party {
  return { kind: 'person', personId }
}

/** A string naming the party, unique within a course: `citizen`, `coordinator` or the person's id. */
export function partyKey(party: FollowUpParty): string {
  return party.kind === 'person' ? party.personId : party.kind
}

export function sameParty(a: FollowUpParty | null, b: FollowUpParty | null): boolean {
  return a !== null && b !== null && partyKey(a) === partyKey(b)
}

/** The display name: the citizen's or the coordinator's name from the course metadata, or the person's name. */
export function partyName(course: CourseDoc, party: FollowUpParty, locale: Locale = 'da'): string {
  if (party.kind === 'citizen') return course.readMeta()?.citizenName || label('party', 'citizen', locale)
  if (party.kind === 'coordinator')
    return course.readMeta()?.coordinator?.name || label('party', 'coordinator', locale)
  return course.people.get(party.personId)?.name ?? label('party', 'unknown', locale)
}

/** An issue when `party` names a person who is not in the course's network. */
export function checkParty(course: CourseDoc, party: FollowUpParty | null, path: string): ValidationIssue[] {
  if (party?.kind !== 'person' || course.people.get(party.personId)) return []
  return [{ path, message: `no person with id ${party.personId} in the network` }]
}
