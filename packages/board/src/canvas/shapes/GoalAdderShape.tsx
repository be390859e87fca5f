import { type LifeArea, labelOptions } from '@bordenden/model'
import { useCourse, useLocale, useWords, useWrite } from '@bordenden/ui'
import { useState } from 'react'
import { BaseBoxShapeUtil, HTMLContainer, T } from 'tldraw'
import type { GoalAdderShape } from './boundShapes.ts'
import { interactive } from './interactive.ts'

/** The empty column after the goals: write a new goal in the citizen's own words. */
export class GoalAdderShapeUtil extends BaseBoxShapeUtil<GoalAdderShape> {
  static override type = 'bd-goal-adder' as const
  static override props = { w: T.number, h: T.number }

  override getDefaultProps(): GoalAdderShape['props'] {
    return { w: 300, h: 170 }
  }

  override canResize() {
    return false
  }

  override hideRotateHandle() {
    return true
  }

  override component() {
    return (
      <HTMLContainer>
        <GoalAdder />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: GoalAdderShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 14)
    return path
  }
}

function GoalAdder() {
  const { course, actor, canEdit } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const [text, setText] = useState('')
  const [lifeArea, setLifeArea] = useState<LifeArea>('wellbeing')
  const write = useWrite()
  if (!canEdit) return null
  return (
    <form
      className="bd-goal-column bd-goal-adder"
      onSubmit={(event) => {
        event.preventDefault()
        if (write.run(() => course.goals.create({ text, lifeArea }, actor))) setText('')
      }}
    >
      <label>
        {w('newGoal')}
        <input {...interactive} name="quick-goal" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
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
      <button {...interactive} type="submit">
        {w('add')}
      </button>
      {write.error && <span className="bd-error">{write.error}</span>}
    </form>
  )
}
