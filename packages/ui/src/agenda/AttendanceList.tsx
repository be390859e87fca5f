import { type Attendance, label, labelOptions, markAttendance } from '@bordenden/model'
import { ErrorNote, SelectField } from '../forms/fields.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/** Who is invited and whether they came; the present participants, in invite order, make the dialogue round. */
export function AttendanceList({ meetingId }: { meetingId: string }) {
  const { course, actor, canEdit, facilitator } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const write = useWrite()
  const meeting = course.meetings.get(meetingId)
  if (!meeting) return null
  const options = labelOptions('attendance', locale)
  return (
    <section className="bd-attendance" aria-label={w('attendance')}>
      <h3>{w('attendance')}</h3>
      <ul>
        {meeting.invitees.map((invitee) => {
          const name = course.people.get(invitee.personId)?.name ?? label('party', 'unknown', locale)
          const role =
            invitee.role === 'facilitator' ? ` (${label('meetingRole', 'facilitator', locale)})` : ''
          return (
            <li key={invitee.personId}>
              {canEdit && facilitator ? (
                <SelectField<Attendance>
                  label={`${name}${role}`}
                  name={`attendance-${invitee.personId}`}
                  value={invitee.attendance}
                  options={options}
                  onChange={(value) =>
                    write.run(() => markAttendance(course, meetingId, invitee.personId, value, actor))
                  }
                />
              ) : (
                <>
                  {name}
                  {role}: {label('attendance', invitee.attendance, locale)}
                </>
              )}
            </li>
          )
        })}
      </ul>
      <ErrorNote error={write.error} />
    </section>
  )
}
