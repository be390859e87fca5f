import {
  addToQueue,
  nextTurn,
  partyName,
  person,
  startDialogue,
  toAgreements,
  toCitizenResponds,
} from '@bordenden/model'
import { useState } from 'react'
import { ErrorNote, SelectField } from '../forms/fields.tsx'
import { useCourse } from '../live/CourseSession.tsx'
import { formatElapsed, useNow } from '../live/useNow.ts'
import { useWrite } from '../live/useWrite.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import { NextHint } from './NextHint.tsx'
import { PhaseSteps } from './PhaseSteps.tsx'
import { useTurn } from './useTurn.ts'

/**
 * The dialogue process of the theme being discussed: the phase, who has the floor and for how long, who
 * is next. The facilitator gives the floor on; every action names the step it acts on, so a double click
 * or two facilitators at once move the round on once.
 */
export function DialogueTurn({ meetingId }: { meetingId: string }) {
  const { course, actor, canEdit, facilitator } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const write = useWrite()
  const now = useNow()
  const turn = useTurn(meetingId)
  const [queued, setQueued] = useState('')
  if (!turn?.item || turn.meeting.status !== 'open') return null
  const { item, dialogue } = turn
  const controls = canEdit && facilitator
  if (item.section !== 'themes') {
    return (
      <section className="bd-dialogue" aria-label={w('dialogue')}>
        <h3>{item.title}</h3>
        <p className="bd-muted">{w('notATheme')}</p>
      </section>
    )
  }
  const present = turn.meeting.invitees.filter((i) => i.attendance === 'present' && i.role === 'participant')
  return (
    <section className="bd-dialogue" aria-label={w('dialogue')}>
      <h3>
        {w('dialogue')}: “{item.title}”
      </h3>
      {!dialogue && <p>{w('notStarted')}</p>}
      {dialogue && (
        <>
          <PhaseSteps phase={dialogue.phase} />
          <p className="bd-speaker">
            <span className="bd-muted">{w('theFloor')}: </span>
            <strong data-testid="speaker">{turn.speaker ?? w('together')}</strong>
            {dialogue.speakerSince !== null && (
              <span className="bd-timer">
                {' '}
                {w('elapsed')} {formatElapsed(now - dialogue.speakerSince)}
              </span>
            )}
          </p>
          {turn.next && (
            <p>
              <span className="bd-muted">{w('nextInQueue')}: </span>
              <span data-testid="next-speaker">{turn.next.name}</span>
              <NextHint phase={turn.next.phase} />
            </p>
          )}
          {turn.waiting.length > 0 && (
            <ol className="bd-queue" aria-label={w('queue')}>
              {turn.waiting.map((name, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same name may be queued in order only once
                <li key={index}>{name}</li>
              ))}
            </ol>
          )}
        </>
      )}
      {controls && (
        <div className="bd-form-actions">
          {!dialogue && (
            <button type="button" onClick={() => write.run(() => startDialogue(course, item.id, actor))}>
              {w('startDialogue')}
            </button>
          )}
          {dialogue && (dialogue.phase === 'citizenTells' || dialogue.phase === 'participantRound') && (
            <>
              <button
                type="button"
                onClick={() => write.run(() => nextTurn(course, item.id, dialogue.step, actor))}
              >
                {w('nextSpeaker')}
              </button>
              <button
                type="button"
                className="bd-secondary"
                onClick={() => write.run(() => toCitizenResponds(course, item.id, dialogue.step, actor))}
              >
                {w('citizenResponds')}
              </button>
            </>
          )}
          {dialogue?.phase === 'citizenResponds' && (
            <button
              type="button"
              onClick={() => write.run(() => toAgreements(course, item.id, dialogue.step, actor))}
            >
              {w('toAgreements')}
            </button>
          )}
        </div>
      )}
      {controls &&
        dialogue &&
        (dialogue.phase === 'citizenTells' || dialogue.phase === 'participantRound') && (
          <form
            className="bd-inline-form"
            onSubmit={(event) => {
              event.preventDefault()
              const party = queued === 'citizen' ? ({ kind: 'citizen' } as const) : person(queued)
              if (queued) write.run(() => addToQueue(course, item.id, dialogue.step, party, actor))
            }}
          >
            <SelectField
              label={w('addToQueue')}
              name="queue"
              value={queued}
              onChange={setQueued}
              options={[
                { id: '', label: w('none') },
                { id: 'citizen', label: partyName(course, { kind: 'citizen' }, locale) },
                ...present.map((i) => ({
                  id: i.personId,
                  label: partyName(course, person(i.personId), locale),
                })),
              ]}
            />
            <button type="submit">{w('add')}</button>
          </form>
        )}
      <ErrorNote error={write.error} />
    </section>
  )
}
