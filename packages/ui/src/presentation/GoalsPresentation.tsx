import {
  type Agreement,
  byDueDate,
  type CourseDoc,
  goalBoardColumns,
  isOpen,
  isOverdue,
  label,
  partyName,
} from '@bordenden/model'
import { formatDue } from '../dates.ts'
import { useCourse, useCourseSession } from '../live/CourseSession.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { FitToScreen } from './FitToScreen.tsx'

/**
 * The goal and agreement board for the shared screen: the board's columns in the board's order (see
 * goalBoardColumns), a column per goal in the citizen's words with its open agreements (what, who, by
 * when), then the agreements without a goal. Done and abandoned agreements stay on the canvas and in the
 * record; the room looks at what is still to be done.
 */
export function GoalsPresentation() {
  const { course } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const { goals, columns } = useCourseQuery(course, openGoalColumns)
  return (
    <FitToScreen className="bd-present-goals">
      <div className="bd-present-columns">
        {columns.map(({ goalId, agreements }) => {
          const goal = goalId === null ? undefined : goals.get(goalId)
          return goal ? (
            <section key={goal.id} className="bd-present-goal" aria-label={goal.text}>
              <h2 className="bd-present-goal-text">“{goal.text}”</h2>
              <p className="bd-present-secondary-line">
                {label('lifeArea', goal.lifeArea, locale)} · {label('goalStatus', goal.status, locale)}
              </p>
              <AgreementList agreements={agreements} />
            </section>
          ) : (
            <section key="no-goal" className="bd-present-goal" aria-label={w('noGoal')}>
              <h2 className="bd-present-goal-text">{w('noGoal')}</h2>
              <AgreementList agreements={agreements} />
            </section>
          )
        })}
      </div>
    </FitToScreen>
  )
}

/** The board's columns holding only what is still open, soonest due first. */
function openGoalColumns(course: CourseDoc) {
  const goals = new Map(course.goals.list().map((goal) => [goal.id, goal]))
  const open = course.agreements.list().filter(isOpen).sort(byDueDate)
  return { goals, columns: goalBoardColumns([...goals.keys()], open) }
}

function AgreementList({ agreements }: { agreements: Agreement[] }) {
  const { course, today } = useCourse()
  const locale = useLocale()
  const w = useWords()
  return (
    <ul className="bd-present-agreements">
      {agreements.map((a) => (
        <li key={a.id} data-agreement-id={a.id} data-overdue={isOverdue(a, today)}>
          <p className="bd-present-agreement-what">{a.what}</p>
          <p className="bd-present-secondary-line">
            {a.owner ? partyName(course, a.owner, locale) : w('noOwner')} ·{' '}
            {a.dueDate === null ? w('noDue') : formatDue(a.dueDate, today, locale)}
            {isOverdue(a, today) && ` · ${w('overdue')}`}
          </p>
        </li>
      ))}
    </ul>
  )
}
