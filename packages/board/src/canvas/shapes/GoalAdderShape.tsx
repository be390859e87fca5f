import { boundShapeProps } from '@bordenden/canvas-schema'
import { ADDER_HEIGHT, COLUMN, createGoal, type LifeArea, labelOptions } from '@bordenden/model'
import { useCourse, useLocale, useWords } from '@bordenden/ui'
import { useState } from 'react'
import { HTMLContainer, type RecordProps } from 'tldraw'
import type { GoalAdderShape } from './boundShapes.ts'
import { CardShapeUtil } from './CardShapeUtil.ts'
import { interactive } from './interactive.ts'
import { QuickAdd } from './QuickAdd.tsx'

/**
 * The empty column after the goals: write a new goal in the citizen's own words. A goal written while
 * the meeting is open is recorded as set in that meeting, as in the goal form.
 */
export class GoalAdderShapeUtil extends CardShapeUtil<GoalAdderShape> {
  static override type = 'bd-goal-adder' as const
  static override props: RecordProps<GoalAdderShape> = boundShapeProps['bd-goal-adder']
  protected override readonly cornerRadius = 14

  override getDefaultProps(): GoalAdderShape['props'] {
    return { w: COLUMN.w, h: ADDER_HEIGHT }
  }

  override component() {
    return (
      <HTMLContainer>
        <GoalAdder />
      </HTMLContainer>
    )
  }
}

function GoalAdder() {
  const { course, actor, canEdit } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const [lifeArea, setLifeArea] = useState<LifeArea>('wellbeing')
  if (!canEdit) return null
  return (
    <QuickAdd
      className="bd-goal-column bd-goal-adder"
      label={w('newGoal')}
      name="quick-goal"
      onAdd={(text) => createGoal(course, { text, lifeArea }, actor)}
    >
      <label>
        {w('lifeArea')}
        <select
          {...interactive}
          name="quick-goal-area"
          value={lifeArea}
          onChange={(e) => setLifeArea(e.target.value as LifeArea)}
        >
          {labelOptions('lifeArea', locale).map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </QuickAdd>
  )
}
