import type { Goal } from '@bordenden/model'
import { Section } from './Section.tsx'
import { useCitizenTexts } from './texts.ts'

/** Mine mål: the goals in the citizen's own words. On paper each gets a box to tick. */
export function GoalsSection({ goals }: { goals: Goal[] }) {
  const t = useCitizenTexts()
  return (
    <Section id="goals" title={t('goals.title')}>
      <p className="intro">{t('goals.intro')}</p>
      <p className="print-only goals-hint">{t('fridge.goalsHint')}</p>
      {goals.length === 0 ? (
        <p>{t('goals.none')}</p>
      ) : (
        <ul className="goal-list">
          {goals.map((goal) => (
            <li key={goal.id} data-status={goal.status}>
              <span className="tick" aria-hidden="true">
                {goal.status === 'achieved' ? '☑' : '☐'}
              </span>
              <span className="goal-text">{goal.text}</span>
              {goal.status === 'achieved' && <span className="badge done">✓ {t('goals.achieved')}</span>}
              {goal.status === 'paused' && <span className="badge">{t('goals.paused')}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
