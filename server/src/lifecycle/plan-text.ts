import { type CourseDoc, label, partyName } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { lifecycleText as t } from './texts.ts'

const danishDate = (iso: string) => formatDate(iso, 'day', 'da')

/**
 * The citizen's plan in plain text: each goal in the citizen's words with the agreements under it,
 * then agreements that belong to no goal. For the export, readable without any program.
 */
export function planText(course: CourseDoc): string {
  const meta = course.readMeta()
  const agreements = course.agreements.list()
  const agreementLine = (a: (typeof agreements)[number]) => {
    const who = a.owner ? partyName(course, a.owner) : t('plan.noOwner')
    const when = a.dueDate ? t('plan.by', { date: danishDate(a.dueDate) }) : ''
    return `  - ${who}: ${a.what || t('plan.noText')}${when} (${label('agreementStatus', a.status)})`
  }
  const lines = [
    t('plan.title', { title: meta?.title ?? t('plan.untitled') }),
    meta ? t('plan.citizen', { name: meta.citizenName }) : '',
    '',
  ]
  for (const goal of course.goals.list()) {
    lines.push(
      t('plan.goal', {
        goal: goal.text,
        lifeArea: label('lifeArea', goal.lifeArea),
        status: label('goalStatus', goal.status).toLowerCase(),
      }),
    )
    const under = agreements.filter((a) => a.goalId === goal.id)
    lines.push(...(under.length ? under.map(agreementLine) : [`  - ${t('plan.noAgreements')}`]), '')
  }
  const loose = agreements.filter((a) => a.goalId === null || !course.goals.get(a.goalId))
  if (loose.length) lines.push(t('plan.looseAgreements'), ...loose.map(agreementLine), '')
  return `${lines.join('\n').trim()}\n`
}
