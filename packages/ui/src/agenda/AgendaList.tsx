import {
  type AgendaItem,
  advanceAgenda,
  agendaOf,
  closeMeeting,
  goToAgendaItem,
  label,
  moveAgendaItem,
  openMeeting,
  removeAgendaItem,
} from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { useState } from 'react'
import { AgendaItemForm } from '../forms/AgendaItemForm.tsx'
import { ConfirmButton } from '../forms/ConfirmButton.tsx'
import { ErrorNote } from '../forms/fields.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { meetingById } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { FollowUpSinceLast } from './FollowUpSinceLast.tsx'
import { namedRoles } from './namedRoles.ts'

/**
 * The meeting's agenda with the item being discussed now; the facilitator starts the meeting, moves to
 * the next item (or any item) and ends the meeting. Each move names the item it leaves, so two clicks at
 * once move the agenda once. The agenda is the citizen's: until the meeting ends it can be changed with
 * them, items and themes added, moved within their part, or taken off while they have not been discussed.
 */
export function AgendaList({ meetingId }: { meetingId: string }) {
  const { course, actor, canEdit, facilitator, today } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const write = useWrite()
  const [editing, setEditing] = useState(false)
  const meeting = useCourseQuery(course, meetingById, meetingId)
  const items = useCourseQuery(course, agendaOf, meetingId)
  if (!meeting) return null
  const controls = canEdit && facilitator
  const open = meeting.status === 'open'
  const editable = controls && meeting.status !== 'closed'
  const current = meeting.currentItemId
  const isLast = items.at(-1)?.id === current
  const { frame } = meeting
  // The items' own minutes, against the time the meeting has: a plan that cannot fit is said at once.
  const planned = items.reduce((sum, item) => sum + (item.minutes ?? 0), 0)
  const roles = namedRoles(meeting, locale)
  return (
    <section className="bd-agenda" aria-label={w('agenda')}>
      <h2>{meeting.title || w('agenda')}</h2>
      <p className="bd-muted">
        {formatDate(meeting.date, 'dayWithWeekday', locale, today)}
        {meeting.startTime && ` kl. ${meeting.startTime}`}
        {meeting.place && ` · ${meeting.place}`} · {label('meetingStatus', meeting.status, locale)}
      </p>
      <p className="bd-muted">
        {w('duration')}: {frame.durationMinutes} {w('minutes')}
        {frame.breaks && ` · ${w('breaks')}: ${frame.breaks}`}
      </p>
      {roles.length > 0 && <p className="bd-muted">{roles.join(' · ')}</p>}
      {planned > frame.durationMinutes && (
        <p className="bd-frame" data-testid="agenda-over-frame">
          {w('agendaOverFrame')}: {planned} {w('minutes')} / {frame.durationMinutes} {w('minutes')}
        </p>
      )}
      {meeting.overallGoal && (
        <p>
          <span className="bd-muted">{w('overallGoal')}: </span>“{meeting.overallGoal}”
        </p>
      )}
      {frame.topicsNotToDiscuss.length > 0 && (
        <p className="bd-frame">
          <strong>{w('notToDiscuss')}:</strong> {frame.topicsNotToDiscuss.join(' · ')}
        </p>
      )}
      {frame.sensitiveTopics.length > 0 && (
        <p className="bd-frame">
          <strong>{w('handleWithCare')}:</strong> {frame.sensitiveTopics.join(' · ')}
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
            {editing && editable ? (
              <ItemTools item={item} items={items} current={current} run={write.run} />
            ) : (
              controls &&
              open &&
              item.id !== current && (
                <button
                  type="button"
                  className="bd-link"
                  aria-label={`${w('goToItem')}: ${item.title}`}
                  onClick={() => write.run(() => goToAgendaItem(course, meetingId, current, item.id, actor))}
                >
                  {w('goToItem')}
                </button>
              )
            )}
            {item.followUp && <FollowUpSinceLast meetingId={meetingId} />}
          </li>
        ))}
      </ol>
      {editing && editable && <AgendaItemForm meetingId={meetingId} />}
      {controls && (
        <div className="bd-form-actions">
          {meeting.status === 'planned' && (
            <button type="button" onClick={() => write.run(() => openMeeting(course, meetingId, actor))}>
              {w('startMeeting')}
            </button>
          )}
          {meeting.status === 'closed' && (
            <ConfirmButton
              className="bd-secondary"
              label={w('reopenMeeting')}
              question={w('reopenMeetingQuestion')}
              yes={w('reopenMeetingYes')}
              no={w('keepClosed')}
              onConfirm={() => write.run(() => openMeeting(course, meetingId, actor))}
            />
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
            <ConfirmButton
              className="bd-secondary bd-apart"
              label={w('closeMeeting')}
              question={w('closeMeetingQuestion')}
              yes={w('closeMeetingYes')}
              no={w('keepMeetingOpen')}
              onConfirm={() => write.run(() => closeMeeting(course, meetingId, actor))}
            />
          )}
          {editable && (
            <button
              type="button"
              className="bd-secondary"
              aria-pressed={editing}
              onClick={() => setEditing(!editing)}
            >
              {w('editAgenda')}
            </button>
          )}
        </div>
      )}
      <ErrorNote error={write.error} />
    </section>
  )
}

/**
 * Move up, move down (within the item's part of the agenda) and remove. An item being discussed, or a
 * theme whose dialogue has started, stays: the meeting's history needs it.
 */
function ItemTools(props: {
  item: AgendaItem
  items: readonly AgendaItem[]
  current: string | null
  run: (write: () => void) => boolean
}) {
  const { course, actor } = useCourse()
  const w = useWords()
  const { item } = props
  const part = props.items.filter((other) => other.section === item.section)
  const index = part.indexOf(item)
  const move = (to: number) => props.run(() => moveAgendaItem(course, item.id, to, actor))
  return (
    <span className="bd-item-tools">
      <button
        type="button"
        className="bd-link"
        aria-label={`${w('moveUp')}: ${item.title}`}
        disabled={index === 0}
        onClick={() => move(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="bd-link"
        aria-label={`${w('moveDown')}: ${item.title}`}
        disabled={index === part.length - 1}
        onClick={() => move(index + 1)}
      >
        ↓
      </button>
      {item.id !== props.current && item.dialogue === null && (
        <button
          type="button"
          className="bd-link"
          aria-label={`${w('remove')}: ${item.title}`}
          onClick={() => props.run(() => removeAgendaItem(course, item.id))}
        >
          {w('remove')}
        </button>
      )}
    </span>
  )
}
