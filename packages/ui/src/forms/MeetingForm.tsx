import { createMeeting, label, MeetingDuties, type MeetingDutyHolders } from '@bordenden/model'
import { useState } from 'react'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { DateField, EntityForm, NumberField, readNumber, TextField } from './fields.tsx'

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/**
 * Plans a network meeting with the citizen (no `meetingId`) or edits one: when and where, the citizen's
 * goal for it, their themes (each becomes an agenda item run with the dialogue process; later ones are
 * added on the agenda itself), and the frame: how long, the breaks, topics to handle with care and topics
 * the citizen does not want discussed.
 */
export function MeetingForm({ meetingId, onDone }: { meetingId?: string | undefined; onDone?: () => void }) {
  const { course, actor, today } = useCourse()
  const w = useWords()
  const existing = meetingId ? course.meetings.get(meetingId) : undefined
  const [title, setTitle] = useState(existing?.title ?? '')
  const [date, setDate] = useState<string | null>(existing?.date ?? today)
  const [startTime, setStartTime] = useState(existing?.startTime ?? '')
  const [place, setPlace] = useState(existing?.place ?? '')
  const [overallGoal, setOverallGoal] = useState(existing?.overallGoal ?? '')
  const [themes, setThemes] = useState('')
  const [duration, setDuration] = useState(String(existing?.frame.durationMinutes ?? 90))
  const [breaks, setBreaks] = useState(existing?.frame.breaks ?? '')
  const [sensitive, setSensitive] = useState(existing?.frame.sensitiveTopics.join('\n') ?? '')
  const [notToDiscuss, setNotToDiscuss] = useState(existing?.frame.topicsNotToDiscuss.join('\n') ?? '')
  const [roles, setRoles] = useState<MeetingDutyHolders>(
    existing?.roles ?? { facilitator: '', minuteTaker: '', timekeeper: '' },
  )
  const locale = useLocale()
  const write = useWrite()

  const submit = () => {
    const fields = {
      title,
      date: date ?? '',
      startTime: startTime.trim() === '' ? null : startTime.trim(),
      place,
      overallGoal,
      roles,
    }
    const frame = {
      // Left empty, the length falls back to the model's default.
      durationMinutes: readNumber(duration) ?? undefined,
      breaks,
      sensitiveTopics: lines(sensitive),
      topicsNotToDiscuss: lines(notToDiscuss),
    }
    const saved = write.run(() => {
      if (existing)
        course.meetings.update(existing.id, { ...fields, frame: { ...existing.frame, ...frame } }, actor)
      else createMeeting(course, { ...fields, frame, themes: lines(themes) }, actor)
    })
    if (!saved) return
    if (!existing) {
      setTitle('')
      setThemes('')
      setRoles({ facilitator: '', minuteTaker: '', timekeeper: '' })
    }
    onDone?.()
  }

  return (
    <EntityForm
      title={existing ? w('editMeeting') : w('newMeeting')}
      submitLabel={existing ? w('save') : w('add')}
      cancelLabel={w('cancel')}
      error={write.error}
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField label={w('meetingTitle')} name="title" value={title} onChange={setTitle} />
      <DateField label={w('meetingDate')} name="date" value={date} onChange={setDate} />
      <TextField label={w('startTime')} name="startTime" value={startTime} onChange={setStartTime} />
      <TextField label={w('place')} name="place" value={place} onChange={setPlace} />
      <TextField
        label={w('overallGoal')}
        name="overallGoal"
        value={overallGoal}
        onChange={setOverallGoal}
        multiline
      />
      {MeetingDuties.map((duty) => (
        <TextField
          key={duty}
          label={label('meetingDuty', duty, locale)}
          name={`role-${duty}`}
          value={roles[duty]}
          onChange={(name) => setRoles((held) => ({ ...held, [duty]: name }))}
        />
      ))}
      {!existing && (
        <TextField label={w('themes')} name="themes" value={themes} onChange={setThemes} multiline />
      )}
      <NumberField
        label={w('durationMinutes')}
        name="duration"
        value={duration}
        onChange={setDuration}
        min={10}
        max={480}
      />
      <TextField label={w('breaks')} name="breaks" value={breaks} onChange={setBreaks} multiline />
      <TextField
        label={w('sensitiveTopics')}
        name="sensitive"
        value={sensitive}
        onChange={setSensitive}
        multiline
      />
      <TextField
        label={w('topicsNotToDiscuss')}
        name="notToDiscuss"
        value={notToDiscuss}
        onChange={setNotToDiscuss}
        multiline
      />
    </EntityForm>
  )
}
