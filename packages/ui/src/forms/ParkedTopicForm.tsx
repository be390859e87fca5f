import { parkTopic } from '@bordenden/model'
import { useState } from 'react'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { EntityForm, SelectField, TextField } from './fields.tsx'
import { partyFromKey, partyOptions } from './parties.ts'

/** Parks a topic that came up but does not belong to the item being discussed. */
export function ParkedTopicForm({ meetingId }: { meetingId: string }) {
  const { course, actor } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const [text, setText] = useState('')
  const [raisedBy, setRaisedBy] = useState('citizen')
  const write = useWrite()
  return (
    <EntityForm
      title={w('parkTopic')}
      submitLabel={w('add')}
      cancelLabel={w('cancel')}
      error={write.error}
      onSubmit={() => {
        const saved = write.run(() =>
          parkTopic(course, meetingId, { text, raisedBy: partyFromKey(raisedBy) }, actor),
        )
        if (saved) setText('')
      }}
    >
      <TextField label={w('topic')} name="topic" value={text} onChange={setText} required />
      <SelectField
        label={w('raisedBy')}
        name="raisedBy"
        value={raisedBy}
        onChange={setRaisedBy}
        options={partyOptions(course, locale, w('none'))}
      />
    </EntityForm>
  )
}
