import { inviteToMeeting, uninvite } from '@bordenden/model'
import { CheckboxField, ErrorNote } from '../forms/fields.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { meetingById, peopleOf } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useWrite } from '../live/useWrite.ts'
import { useWords } from '../words.ts'

/**
 * Who is invited, decided with the citizen: everyone in the network except those the citizen does not
 * want involved. Someone excluded who is still invited (a meeting under way keeps its invitees) is shown
 * too, marked, so they can be taken off. Invite order is the order of the dialogue round.
 */
export function InviteList({ meetingId }: { meetingId: string }) {
  const { course, actor } = useCourse()
  const w = useWords()
  const write = useWrite()
  const meeting = useCourseQuery(course, meetingById, meetingId)
  const people = useCourseQuery(course, peopleOf)
  if (!meeting || meeting.status === 'closed') return null
  const invited = (personId: string) => meeting.invitees.find((i) => i.personId === personId)
  const setChosen = (personId: string, chosenByCitizen: boolean) =>
    course.meetings.update(
      meetingId,
      { invitees: meeting.invitees.map((i) => (i.personId === personId ? { ...i, chosenByCitizen } : i)) },
      actor,
    )
  return (
    <section className="bd-invites" aria-label={w('invitees')}>
      <h3>{w('invitees')}</h3>
      <ul>
        {people
          .filter((p) => !p.excludedByCitizen || invited(p.id))
          .map((p) => {
            const invitee = invited(p.id)
            return (
              <li key={p.id} data-excluded={p.excludedByCitizen}>
                <CheckboxField
                  label={p.excludedByCitizen ? `${p.name} (${w('excluded')})` : p.name}
                  name={`invite-${p.id}`}
                  checked={invitee !== undefined}
                  onChange={(on) =>
                    write.run(() =>
                      on
                        ? inviteToMeeting(course, meetingId, { personId: p.id }, actor)
                        : uninvite(course, meetingId, p.id, actor),
                    )
                  }
                />
                {invitee && (
                  <CheckboxField
                    label={w('chosenByCitizen')}
                    name={`chosen-${p.id}`}
                    checked={invitee.chosenByCitizen}
                    onChange={(on) => write.run(() => setChosen(p.id, on))}
                  />
                )}
              </li>
            )
          })}
      </ul>
      <ErrorNote error={write.error} />
    </section>
  )
}
