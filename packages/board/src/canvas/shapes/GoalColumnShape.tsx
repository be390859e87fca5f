import { createAgreement, label, meetingInFocus } from '@bordenden/model'
import { useCourse, useLocale, useWords, useWrite } from '@bordenden/ui'
import { useState } from 'react'
import { BaseBoxShapeUtil, HTMLContainer, T } from 'tldraw'
import { type GoalShape, NO_GOAL } from './boundShapes.ts'
import { interactive } from './interactive.ts'

/**
 * A goal in the citizen's words, heading the column of agreements that serve it. At the table a new
 * agreement is written straight into the column; who and by when can follow, and until then the card
 * says what it lacks.
 */
export class GoalColumnShapeUtil extends BaseBoxShapeUtil<GoalShape> {
  static override type = 'bd-goal' as const
  static override props = { w: T.number, h: T.number, goalId: T.string }

  override getDefaultProps(): GoalShape['props'] {
    return { w: 300, h: 200, goalId: NO_GOAL }
  }

  override canResize() {
    return false
  }

  override hideRotateHandle() {
    return true
  }

  override component(shape: GoalShape) {
    return (
      <HTMLContainer>
        <GoalColumn goalId={shape.props.goalId} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: GoalShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 14)
    return path
  }
}

function GoalColumn({ goalId }: { goalId: string }) {
  const { course, canEdit } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const goal = goalId === NO_GOAL ? undefined : course.goals.get(goalId)
  if (goalId !== NO_GOAL && !goal) return null
  return (
    <div className="bd-goal-column" data-goal-id={goalId} data-status={goal?.status}>
      {goal ? (
        <>
          <p className="bd-goal-area">
            {label('lifeArea', goal.lifeArea, locale)} · {label('goalStatus', goal.status, locale)}
          </p>
          <p className="bd-goal-text">“{goal.text}”</p>
        </>
      ) : (
        <p className="bd-goal-text">{w('noGoal')}</p>
      )}
      {canEdit && goal && <QuickAgreement goalId={goal.id} />}
    </div>
  )
}

function QuickAgreement({ goalId }: { goalId: string }) {
  const { course, actor, today } = useCourse()
  const w = useWords()
  const [what, setWhat] = useState('')
  const write = useWrite()
  return (
    <form
      className="bd-quick"
      onSubmit={(event) => {
        event.preventDefault()
        if (what.trim() === '') return
        const open = meetingInFocus(course, today)
        const meetingId = open?.status === 'open' ? open.id : null
        if (write.run(() => createAgreement(course, { what, goalId, meetingId }, actor))) setWhat('')
      }}
    >
      <label>
        {w('newAgreement')}
        <input
          {...interactive}
          name="quick-agreement"
          value={what}
          onChange={(e) => setWhat(e.target.value)}
        />
      </label>
      <button {...interactive} type="submit">
        {w('add')}
      </button>
      {write.error && <span className="bd-error">{write.error}</span>}
    </form>
  )
}
