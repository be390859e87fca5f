import {
  type Actor,
  agendaOf,
  type CourseDoc,
  liveOrNextMeeting,
  type Party,
  parkedTopicsOf,
  parkTopic,
  partyName,
} from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { useId, useState } from 'react'
import { formatDue } from '../dates.ts'
import { AgreementForm } from '../forms/AgreementForm.tsx'
import { CourseSessionProvider } from '../live/CourseSession.tsx'
import { useContentVersion } from '../live/useCourseContent.ts'
import { useLabel, useLocale } from '../locale.tsx'
import { usePanelText } from './texts.ts'
import { ActionResult, useAction } from './useAction.tsx'

export interface LiveMeetingProps {
  course: CourseDoc
  today: string
  actor: Actor
  canEdit: boolean
}

/** A compact, synced view of the meeting: agenda, whose turn, goals, agreements; add an agreement or park a topic. */
export function LiveMeeting({ course, today, actor, canEdit }: LiveMeetingProps) {
  useContentVersion(course)
  const t = usePanelText()
  const label = useLabel()
  const locale = useLocale()
  // The panel follows the meeting going on, otherwise the next planned one.
  const meeting = liveOrNextMeeting(course, today)
  if (!meeting) return <p className="bd-empty">{t('noMeeting')}</p>

  const agenda = agendaOf(course, meeting.id)
  const current = agenda.find((item) => item.id === meeting.currentItemId)
  const dialogue = current?.dialogue ?? null
  const goals = course.goals.list().filter((g) => g.status === 'active')
  const agreements = course.agreements.list().filter((a) => a.meetingId === meeting.id)
  const parked = parkedTopicsOf(course, meeting.id)
  const name = (party: Party) => partyName(course, party, locale)

  return (
    <div className="bd-meeting">
      <h3>
        {meeting.title || t('meeting')} · {formatDate(meeting.date, 'dayWithWeekday', locale, today)}
      </h3>
      <p className="bd-muted">{label('meetingStatus', meeting.status)}</p>

      <section aria-labelledby="bd-agenda">
        <h4 id="bd-agenda">{t('agenda')}</h4>
        <ol className="bd-agenda">
          {agenda.map((item) => (
            <li key={item.id} aria-current={item.id === current?.id ? 'step' : undefined}>
              {item.id === current?.id && <strong>{t('now')}: </strong>}
              {item.title}
            </li>
          ))}
        </ol>
        {dialogue && (
          <p className="bd-turn" aria-live="polite">
            {label('dialoguePhase', dialogue.phase)}
            {dialogue.speaker && ` · ${t('hasTheFloor')}: ${name(dialogue.speaker)}`}
            {dialogue.queue[0] && ` · ${t('nextUp')}: ${name(dialogue.queue[0])}`}
          </p>
        )}
      </section>

      <section aria-labelledby="bd-goals">
        <h4 id="bd-goals">{t('goals')}</h4>
        <ul className="bd-plain">
          {goals.map((goal) => (
            <li key={goal.id}>
              {goal.text} <span className="bd-muted">({label('lifeArea', goal.lifeArea)})</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bd-agreements">
        <h4 id="bd-agreements">{t('agreements')}</h4>
        <ul className="bd-plain" aria-live="polite">
          {agreements.map((a) => (
            <li key={a.id}>
              {a.what || '…'} · {a.owner ? name(a.owner) : t('nobody')}
              {a.dueDate && ` · ${formatDue(a.dueDate, today, locale)}`} ·{' '}
              <span data-status={a.status}>{label('agreementStatus', a.status)}</span>
            </li>
          ))}
        </ul>
        {/* The board's own agreement form: the same fields (goal, follow-up, manager) and words. */}
        {canEdit && (
          <CourseSessionProvider session={{ course, actor, canEdit, facilitator: false, today }}>
            <AgreementForm meetingId={meeting.id} />
          </CourseSessionProvider>
        )}
      </section>

      <section aria-labelledby="bd-parked">
        <h4 id="bd-parked">{t('parked')}</h4>
        <ul className="bd-plain">
          {parked.map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
        {canEdit && <ParkTopic onPark={(text) => parkTopic(course, meeting.id, { text }, actor)} />}
      </section>
    </div>
  )
}

function ParkTopic({ onPark }: { onPark(text: string): void }) {
  const t = usePanelText()
  const id = useId()
  const [text, setText] = useState('')
  const { message, run } = useAction()
  return (
    <form
      className="bd-form"
      aria-label={t('parkTopic')}
      onSubmit={async (event) => {
        event.preventDefault()
        if (await run(() => onPark(text.trim()))) setText('')
      }}
    >
      <label htmlFor={`${id}-topic`}>{t('topic')}</label>
      <input
        id={`${id}-topic`}
        required
        maxLength={500}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">{t('parkTopic')}</button>
      <ActionResult message={message} />
    </form>
  )
}
