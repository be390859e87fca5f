import { type AgendaSection, addAgendaItem, labelOptions } from '@bordenden/model'
import { useState } from 'react'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { EntityForm, NumberField, readNumber, SelectField, TextField } from './fields.tsx'

/**
 * Puts a new item on the agenda, before or during the meeting: a theme in the citizen's words (run with
 * the dialogue process), or an item of its own before or after the themes. It goes last in its part.
 */
export function AgendaItemForm({ meetingId }: { meetingId: string }) {
  const { course, actor } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const [section, setSection] = useState<AgendaSection>('themes')
  const [title, setTitle] = useState('')
  const [minutes, setMinutes] = useState('')
  const write = useWrite()
  return (
    <EntityForm
      title={w('newAgendaItem')}
      submitLabel={w('add')}
      cancelLabel={w('cancel')}
      error={write.error}
      onSubmit={() => {
        const item = { section, title, minutes: readNumber(minutes) }
        if (write.run(() => addAgendaItem(course, meetingId, item, actor))) {
          setTitle('')
          setMinutes('')
        }
      }}
    >
      <SelectField
        label={w('agendaSection')}
        name="section"
        value={section}
        onChange={setSection}
        options={labelOptions('agendaSection', locale)}
      />
      <TextField label={w('agendaItemTitle')} name="title" value={title} onChange={setTitle} required />
      <NumberField
        label={w('agendaItemMinutes')}
        name="minutes"
        value={minutes}
        onChange={setMinutes}
        min={1}
        max={240}
      />
    </EntityForm>
  )
}
