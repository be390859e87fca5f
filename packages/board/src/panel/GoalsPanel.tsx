import { AgreementForm, GoalBoard, GoalForm, useCourse } from '@bordenden/ui'
import type { Editor } from 'tldraw'
import { shapeIds } from '../canvas/shapes/boundShapes.ts'
import { firstStepId } from '../firstStep.ts'
import { selectCard, useSelectedShape } from './selection.ts'

/** The goal board's panel: the selected goal's or agreement's form, new ones, and the board as a list. */
export function GoalsPanel({ editor }: { editor: Editor }) {
  const { canEdit } = useCourse()
  const goal = useSelectedShape(editor, 'bd-goal')
  const agreement = useSelectedShape(editor, 'bd-agreement')
  const done = () => editor.selectNone()
  const goalId = goal?.props.goalId || undefined
  return (
    <>
      {canEdit && agreement && (
        <AgreementForm key={agreement.id} agreementId={agreement.props.agreementId} onDone={done} />
      )}
      {canEdit && goalId && <GoalForm key={goalId} goalId={goalId} onDone={done} />}
      {canEdit && !agreement && !goalId && (
        <div id={firstStepId('goals')}>
          <GoalForm key="new-goal" />
          <AgreementForm key="new-agreement" />
        </div>
      )}
      <GoalBoard
        onEditGoal={canEdit ? (id) => selectCard(editor, shapeIds.goal(id)) : undefined}
        onEditAgreement={canEdit ? (id) => selectCard(editor, shapeIds.agreement(id)) : undefined}
      />
    </>
  )
}
