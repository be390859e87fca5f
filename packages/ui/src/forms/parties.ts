import { type CourseDoc, type Locale, type Party, partyKey, partyName, person } from '@bordenden/model'

/** The choices for an owner or follow-up person: nobody yet, the citizen, then everyone the citizen wants involved. */
export function partyOptions(course: CourseDoc, locale: Locale, noneLabel: string) {
  const people = course.people.list().filter((p) => !p.excludedByCitizen)
  return [
    { id: '', label: noneLabel },
    { id: 'citizen', label: partyName(course, { kind: 'citizen' }, locale) },
    ...people.map((p) => ({ id: p.id, label: p.role ? `${p.name} (${p.role})` : p.name })),
  ]
}

export function partyFromKey(key: string): Party | null {
  if (key === '') return null
  return key === 'citizen' ? { kind: 'citizen' } : person(key)
}

export function keyOfParty(party: Party | null): string {
  return party ? partyKey(party) : ''
}
