import { agendaOf, label } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { namedRoles } from '../agenda/namedRoles.ts'
import { NextHint } from '../dialogue/NextHint.tsx'
import { PhaseSteps } from '../dialogue/PhaseSteps.tsx'
import { useTurn } from '../dialogue/useTurn.ts'
import { useCourse } from '../live/CourseSession.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { formatElapsed, useNow } from '../live/useNow.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/**
 * The visual agenda for the shared screen, read from across the room: the item being discussed, whose
 * turn it is (big), who is next, how long they have had the floor, and the agenda around it. The same view
 * sits on the canvas's Dagsorden page and fills the screen in meeting mode.
 */
export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const { course, today } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const now = useNow()
  const turn = useTurn(meetingId)
  const items = useCourseQuery(course, agendaOf, meetingId)
  if (!turn) return null
  const { meeting, item, dialogue } = turn
  const live = meeting.status === 'open'
  const roles = namedRoles(meeting, locale)
  return (
    <div className="bd-screen" data-meeting-id={meetingId}>
      <header className="bd-screen-header">
        <p className="bd-screen-meeting">
          {meeting.title} · {label('meetingStatus', meeting.status, locale)}
          {meeting.date !== today && ` · ${formatDate(meeting.date, 'dayWithWeekday', locale, today)}`}
        </p>
        {meeting.overallGoal && <p className="bd-screen-goal">“{meeting.overallGoal}”</p>}
        {roles.length > 0 && <p className="bd-screen-roles">{roles.join(' · ')}</p>}
        {/* The agenda is a contract with the citizen: everyone at the table sees what she keeps out of it. */}
        {meeting.frame.topicsNotToDiscuss.length > 0 && (
          <p className="bd-screen-not-to-discuss" data-testid="screen-not-to-discuss">
            <strong>{w('notToDiscuss')}:</strong> {meeting.frame.topicsNotToDiscuss.join(' · ')}
          </p>
        )}
      </header>
      <div className="bd-screen-body">
        <ol className="bd-screen-agenda" aria-label={w('agenda')}>
          {items.map((i) => (
            <li
              key={i.id}
              aria-current={live && i.id === item?.id ? 'step' : undefined}
              data-section={i.section}
            >
              {i.title}
            </li>
          ))}
        </ol>
        <section className="bd-screen-now" aria-live="polite">
          {live && item ? (
            <>
              <p className="bd-screen-label">{w('now')}</p>
              <h2 className="bd-screen-item" data-testid="current-item">
                {item.title}
              </h2>
              {meeting.currentItemSince !== null && (
                <p
                  className="bd-screen-item-time"
                  data-over={item.minutes !== null && now - meeting.currentItemSince > item.minutes * 60_000}
                >
                  {w('onItem')}: {formatElapsed(now - meeting.currentItemSince)}
                  {item.minutes !== null && ` / ${item.minutes} ${w('minutes')}`}
                </p>
              )}
              {dialogue ? (
                <>
                  <PhaseSteps phase={dialogue.phase} />
                  <p className="bd-screen-label">{w('theFloor')}</p>
                  <p className="bd-screen-speaker" data-testid="screen-speaker">
                    {turn.speaker ?? w('together')}
                  </p>
                  {dialogue.speakerSince !== null && (
                    <p className="bd-screen-timer">{formatElapsed(now - dialogue.speakerSince)}</p>
                  )}
                  {turn.next && (
                    <p className="bd-screen-next">
                      {w('nextInQueue')}: <strong data-testid="screen-next">{turn.next.name}</strong>
                      <NextHint phase={turn.next.phase} />
                      {turn.waiting.length > 0 && (
                        <span className="bd-muted"> · {turn.waiting.join(' · ')}</span>
                      )}
                    </p>
                  )}
                </>
              ) : (
                item.purpose && <p className="bd-screen-purpose">{item.purpose}</p>
              )}
            </>
          ) : (
            <p className="bd-screen-purpose">{label('meetingStatus', meeting.status, locale)}</p>
          )}
        </section>
      </div>
    </div>
  )
}
