import { label } from '@bordenden/model'
import { useCourseSession } from '../live/CourseSession.tsx'
import { goalColumns } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { AgreementCard } from './AgreementCard.tsx'

/** The goal and agreement board as a list: each goal in the citizen's words with the agreements serving it. */
export function GoalBoard(props: {
  onEditGoal?: (goalId: string) => void
  onEditAgreement?: (agreementId: string) => void
}) {
  const { course } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const { columns, loose } = useCourseQuery(course, goalColumns)
  const edit = (id: string) => (props.onEditAgreement ? () => props.onEditAgreement?.(id) : undefined)
  return (
    <section className="bd-goal-board" aria-label={w('goals')}>
      {columns.length === 0 && <p>{w('noGoals')}</p>}
      {columns.map(({ goal, agreements }) => (
        <section key={goal.id} className="bd-goal" data-goal-id={goal.id} aria-label={goal.text}>
          <h3>“{goal.text}”</h3>
          <p className="bd-muted">
            {label('lifeArea', goal.lifeArea, locale)} · {label('goalStatus', goal.status, locale)}
            {props.onEditGoal && (
              <>
                {' · '}
                <button type="button" className="bd-link" onClick={() => props.onEditGoal?.(goal.id)}>
                  {w('edit')}
                </button>
              </>
            )}
          </p>
          <ul className="bd-cards">
            {agreements.map((a) => (
              <li key={a.id}>
                <AgreementCard agreement={a} onEdit={edit(a.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {loose.length > 0 && (
        <section className="bd-goal" aria-label={w('noGoal')}>
          <h3>{w('noGoal')}</h3>
          <ul className="bd-cards">
            {loose.map((a) => (
              <li key={a.id}>
                <AgreementCard agreement={a} onEdit={edit(a.id)} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
