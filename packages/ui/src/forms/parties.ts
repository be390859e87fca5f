import {
  type CourseDoc,
  type FollowUpParty,
  type Locale,
  label,
  type Party,
  partyKey,
  partyName,
  person,
} from '@bordenden/model'

/** The choices for an owner or follow-up person: nobody yet, the citizen, then everyone the citizen wants involved. */
export function partyOptions(course: CourseDoc, locale: Locale, noneLabel: string) {
  const people = course.people.list().filter((p) => !p.excludedByCitizen)
  return [
    { id: '', label: noneLabel },
    { id: 'citizen', label: partyName(course, { kind: 'citizen' }, locale) },
    ...people.map((p) => ({ id: p.id, label: p.role ? `${p.name} (${p.role})` : p.name })),
  ]
}

/** The choices for who follows up: the parties, then the course's coordinator, who usually does. */
export function followUpOptions(course: CourseDoc, locale: Locale, noneLabel: string) {
  return [
    ...partyOptions(course, locale, noneLabel),
    { id: 'coordinator', label: coordinatorLabel(course, locale) },
  ]
}

/** "Koordinatoren", with her name when the course has one. */
function coordinatorLabel(course: CourseDoc, locale: Locale): string {
  const role = label('party', 'coordinator', locale)
  const name = course.readMeta()?.coordinator?.name
  return name ? `${name} (${role.toLowerCase()})` : role
}

export function partyFromKey(key: string): Party | null {
  if (key === '') return null
  return key === 'citizen' ? { kind: 'citizen' } : person(key)
}

export function followUpPartyFromKey(key: string): FollowUpParty | null {
  return key === 'coordinator' ? { kind: 'coordinator' } : partyFromKey(key)
}

export function keyOfParty(party: FollowUpParty | null): string {
  return party ? partyKey(party) : ''
}
