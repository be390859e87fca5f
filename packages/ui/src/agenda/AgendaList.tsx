import { advanceAgenda, agendaOf, closeMeeting, goToAgendaItem, label, openMeeting } from '@bordenden/model'
import { formatDay } from '../dates.ts'
import { ErrorNote } from '../forms/fields.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/**
 * The meeting's agenda with the item being discussed now; the facilitator starts the meeting, moves to
 * the next item (or any item) and ends the meeting. Each move names the item it leaves, so two clicks at
 * once move the agenda once.
 */
export function AgendaList({ meetingId }: { meetingId: string }) {
  const { course, actor, canEdit, facilitator, today } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const write = useWrite()
  const meeting = course.meetings.get(meetingId)
  if (!meeting) return null
  const items = agendaOf(course, meetingId)
  const controls = canEdit && facilitator
  const open = meeting.status === 'open'
  const current = meeting.currentItemId
  const isLast = items.at(-1)?.id === current
  return (
    <section className="bd-agenda" aria-label={w('agenda')}>
      <h2>{meeting.title || w('agenda')}</h2>
      <p className="bd-muted">
        {formatDay(meeting.date, locale, today)}
        {meeting.startTime && ` kl. ${meeting.startTime}`}
        {meeting.place && ` · ${meeting.place}`} · {label('meetingStatus', meeting.status, locale)}
      </p>
      {meeting.overallGoal && (
        <p>
          <span className="bd-muted">{w('overallGoal')}: </span>“{meeting.overallGoal}”
        </p>
      )}
      {meeting.frame.topicsNotToDiscuss.length > 0 && (
        <p className="bd-frame">
          <strong>{w('notToDiscuss')}:</strong> {meeting.frame.topicsNotToDiscuss.join(' · ')}
        </p>
      )}
      {meeting.frame.sensitiveTopics.length > 0 && (
        <p className="bd-frame">
          <strong>{w('handleWithCare')}:</strong> {meeting.frame.sensitiveTopics.join(' · ')}
        </p>
      )}
      <ol className="bd-agenda-items">
        {items.map((item) => (
          <li
            key={item.id}
            data-item-id={item.id}
            data-section={item.section}
            aria-current={item.id === current ? 'step' : undefined}
          >
            <span className="bd-agenda-title">{item.title}</span>
            {item.minutes !== null && (
              <span className="bd-muted">
                {' '}
                ({item.minutes} {w('minutes')})
              </span>
            )}
            {controls && open && item.id !== current && (
              <button
                type="button"
                className="bd-link"
                aria-label={`${w('goToItem')}: ${item.title}`}
                onClick={() => write.run(() => goToAgendaItem(course, meetingId, current, item.id, actor))}
              >
                {w('goToItem')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {controls && (
        <div className="bd-form-actions">
          {!open && (
            <button type="button" onClick={() => write.run(() => openMeeting(course, meetingId, actor))}>
              {w('startMeeting')}
            </button>
          )}
          {open && !isLast && (
            <button
              type="button"
              onClick={() => write.run(() => advanceAgenda(course, meetingId, current, actor))}
            >
              {w('nextItem')}
            </button>
          )}
          {open && (
            <button
              type="button"
              className="bd-secondary"
              onClick={() => write.run(() => closeMeeting(course, meetingId, actor))}
            >
              {w('closeMeeting')}
            </button>
          )}
        </div>
      )}
      <ErrorNote error={write.error} />
    </section>
  )
}
