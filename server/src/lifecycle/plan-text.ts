import { type CourseDoc, label, partyName } from '@bordenden/model'
import { formatDate } from '@bordenden/text'

const danishDate = (iso: string) => formatDate(iso, 'day', 'da')

/**
 * The citizen's plan in plain text: each goal in the citizen's words with the agreements under it,
 * then agreements that belong to no goal. For the export, readable without any program.
 */
export function planText(course: CourseDoc): string {
  const meta = course.readMeta()
  const agreements = course.agreements.list()
  const agreementLine = (a: (typeof agreements)[number]) => {
    const who = a.owner ? partyName(course, a.owner) : 'ingen ansvarlig'
    const when = a.dueDate ? `, senest ${danishDate(a.dueDate)}` : ''
    return `  - ${who}: ${a.what || '(uden tekst)'}${when} (${label('agreementStatus', a.status)})`
  }
  const lines = [`PLAN – ${meta?.title ?? 'forløb'}`, meta ? `Borger: ${meta.citizenName}` : '', '']
  for (const goal of course.goals.list()) {
    lines.push(
      `MÅL: ${goal.text} (${label('lifeArea', goal.lifeArea)}; ${label('goalStatus', goal.status).toLowerCase()})`,
    )
    const under = agreements.filter((a) => a.goalId === goal.id)
    lines.push(...(under.length ? under.map(agreementLine) : ['  - ingen aftaler']), '')
  }
  const loose = agreements.filter((a) => a.goalId === null || !course.goals.get(a.goalId))
  if (loose.length) lines.push('AFTALER UDEN MÅL', ...loose.map(agreementLine), '')
  return `${lines.join('\n').trim()}\n`
}
