import { type Attendance, label, labelOptions, markAttendance, moveInvitee } from '@bordenden/model'
import { ErrorNote, SelectField } from '../forms/fields.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { meetingById } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/**
 * Who is invited and whether they came; the present participants, in invite order, make the dialogue
 * round, and the facilitator sets that order with the citizen until the meeting ends.
 */
export function AttendanceList({ meetingId }: { meetingId: string }) {
  const { course, actor, canEdit, facilitator } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const write = useWrite()
  const meeting = useCourseQuery(course, meetingById, meetingId)
  if (!meeting) return null
  const options = labelOptions('attendance', locale)
  const controls = canEdit && facilitator
  const ordering = controls && meeting.status !== 'closed' && meeting.invitees.length > 1
  const last = meeting.invitees.length - 1
  return (
    <section className="bd-attendance" aria-label={w('attendance')}>
      <h3>{w('attendance')}</h3>
      {ordering && <p className="bd-muted">{w('roundOrder')}</p>}
      <ul>
        {meeting.invitees.map((invitee, index) => {
          const name = course.people.get(invitee.personId)?.name ?? label('party', 'unknown', locale)
          const role =
            invitee.role === 'facilitator' ? ` (${label('meetingRole', 'facilitator', locale)})` : ''
          const move = (to: number) =>
            write.run(() => moveInvitee(course, meetingId, invitee.personId, to, actor))
          return (
            <li key={invitee.personId} className={ordering ? 'bd-invitee' : undefined}>
              {controls ? (
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
              {ordering && (
                <span className="bd-item-tools">
                  <button
                    type="button"
                    className="bd-link"
                    aria-label={`${w('moveUp')}: ${name}`}
                    disabled={index === 0}
                    onClick={() => move(index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="bd-link"
                    aria-label={`${w('moveDown')}: ${name}`}
                    disabled={index === last}
                    onClick={() => move(index + 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          )
        })}
      </ul>
      <ErrorNote error={write.error} />
    </section>
  )
}
