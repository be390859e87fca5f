import { createGoal, type GoalStatus, type LifeArea, labelOptions } from '@bordenden/model'
import { useState } from 'react'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { EntityForm, SelectField, TextField } from './fields.tsx'

/** Writes down a goal in the citizen's own words (no `goalId`) or edits one. */
export function GoalForm({ goalId, onDone }: { goalId?: string | undefined; onDone?: () => void }) {
  const { course, actor } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const existing = goalId ? course.goals.get(goalId) : undefined
  const [text, setText] = useState(existing?.text ?? '')
  const [lifeArea, setLifeArea] = useState<LifeArea>(existing?.lifeArea ?? 'wellbeing')
  const [status, setStatus] = useState<GoalStatus>(existing?.status ?? 'active')
  const write = useWrite()

  const submit = () => {
    const saved = write.run(() => {
      if (existing) course.goals.update(existing.id, { text, lifeArea, status }, actor)
      else createGoal(course, { text, lifeArea, status }, actor)
    })
    if (!saved) return
    if (!existing) setText('')
    onDone?.()
  }

  return (
    <EntityForm
      title={existing ? w('editGoal') : w('newGoal')}
      submitLabel={existing ? w('save') : w('add')}
      cancelLabel={w('cancel')}
      error={write.error}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={w('goalText')} name="goal" value={text} onChange={setText} multiline required />
      <SelectField
        label={w('lifeArea')}
        name="lifeArea"
        value={lifeArea}
        onChange={setLifeArea}
        options={labelOptions('lifeArea', locale)}
      />
      {existing && (
        <SelectField
          label={w('status')}
          name="status"
          value={status}
          onChange={setStatus}
          options={labelOptions('goalStatus', locale)}
        />
      )}
    </EntityForm>
  )
}
