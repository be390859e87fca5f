import { boundShapeProps } from '@bordenden/canvas-schema'
import { COLUMN, createAgreement, label } from '@bordenden/model'
import { goalById, useCourseQuery, useCourseSession, useLocale, useWords } from '@bordenden/ui'
import { HTMLContainer, type RecordProps } from 'tldraw'
import { type GoalShape, NO_GOAL } from './boundShapes.ts'
import { CardShapeUtil } from './CardShapeUtil.ts'
import { QuickAdd } from './QuickAdd.tsx'

/**
 * A goal in the citizen's words, heading the column of agreements that serve it. At the table a new
 * agreement is written straight into the column; who and by when can follow, and until then the card
 * says what it lacks.
 */
export class GoalColumnShapeUtil extends CardShapeUtil<GoalShape> {
  static override type = 'bd-goal' as const
  static override props: RecordProps<GoalShape> = boundShapeProps['bd-goal']
  protected override readonly cornerRadius = 14

  override getDefaultProps(): GoalShape['props'] {
    return { w: COLUMN.w, h: COLUMN.header, goalId: NO_GOAL }
  }

  override component(shape: GoalShape) {
    return (
      <HTMLContainer>
        <GoalColumn goalId={shape.props.goalId} />
      </HTMLContainer>
    )
  }
}

function GoalColumn({ goalId }: { goalId: string }) {
  const { course, canEdit } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const found = useCourseQuery(course, goalById, goalId)
  const goal = goalId === NO_GOAL ? undefined : found
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
  const { course, actor } = useCourseSession()
  const w = useWords()
  return (
    <QuickAdd
      className="bd-quick"
      label={w('newAgreement')}
      name="quick-agreement"
      onAdd={(what) => createAgreement(course, { what, goalId }, actor)}
    />
  )
}
