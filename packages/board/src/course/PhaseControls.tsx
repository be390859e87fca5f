import { type CoursePhase, CoursePhases } from '@bordenden/model'
import { formatDate, useLabel, useLocale } from '@bordenden/ui'
import { type FormEvent, type ReactNode, useId, useState } from 'react'
import { FormError } from '../home/FormError.tsx'
import { useAction } from '../home/useAction.ts'
import { courseApi, type Lifecycle } from './api.ts'
import { usePageTexts } from './texts.ts'

export interface PhaseControlsProps {
  courseId: string
  lifecycle: Lifecycle
  /** Reads the course again after a change; the announcement follows once it has. */
  onChanged: (announcement: string) => Promise<void>
}

/** The four phases a course moves between (pausing is its own button). */
const phases = CoursePhases.filter((p) => p !== 'paused')

/**
 * The coordinator's moves between phases: change phase or pause while the course runs, resume a paused
 * one, reopen a closed one (with the reason, which the timeline keeps).
 */
export function PhaseControls(props: PhaseControlsProps) {
  const { lifecycle } = props
  if (lifecycle.closure) return <ReopenForm {...props} />
  if (lifecycle.phase === 'paused') return <ResumeButton {...props} />
  return (
    <>
      {/* A new phase makes a new form: the choice it had may be the phase the course is in now. */}
      <PhaseChangeForm key={lifecycle.phase} {...props} />
      <PauseForm {...props} />
    </>
  )
}

function PhaseChangeForm({ courseId, lifecycle, onChanged }: PhaseControlsProps) {
  const t = usePageTexts()
  const label = useLabel()
  const choices = phases.filter((p) => p !== lifecycle.phase)
  // The usual move is on to the next phase.
  const next = phases[phases.indexOf(lifecycle.phase as (typeof phases)[number]) + 1]
  return (
    <PhaseForm
      title={t('phase.title')}
      choiceLabel={t('phase.to')}
      choices={choices}
      initial={next ?? choices[0] ?? 'networkMeetings'}
      noteLabel={t('phase.note')}
      submitLabel={t('phase.change')}
      onSubmit={async (to, note) => {
        await courseApi.changePhase(courseId, to, note)
        await onChanged(t('phase.changed', { phase: label('coursePhase', to) }))
      }}
    />
  )
}

function PauseForm({ courseId, onChanged }: PhaseControlsProps) {
  const t = usePageTexts()
  const [note, setNote] = useState('')
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      await courseApi.changePhase(courseId, 'paused', note.trim())
      setNote('')
      await onChanged(t('phase.paused'))
    })
  }
  return (
    <form className="stacked-form" aria-label={t('phase.pause')} onSubmit={submit}>
      <label>
        {t('phase.pauseNote')}
        <input maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormError error={error} fallback={t('phase.failed')} />
      <button type="submit" className="secondary" disabled={busy}>
        {t('phase.pause')}
      </button>
    </form>
  )
}

function ResumeButton({ courseId, lifecycle, onChanged }: PhaseControlsProps) {
  const t = usePageTexts()
  const label = useLabel()
  const { busy, error, run } = useAction()
  // A pause whose phase before is unknown goes back to the meetings, as the model reads it too.
  const back = lifecycle.phaseBeforePause ?? 'networkMeetings'
  const resume = () =>
    run(async () => {
      await courseApi.changePhase(courseId, back, '')
      await onChanged(t('phase.resumed', { phase: label('coursePhase', back) }))
    })
  return (
    <div className="stacked-form">
      <FormError error={error} fallback={t('phase.failed')} />
      <button type="button" onClick={resume} disabled={busy}>
        {t('phase.resume')}
      </button>
    </div>
  )
}

function ReopenForm({ courseId, lifecycle, onChanged }: PhaseControlsProps) {
  const t = usePageTexts()
  const locale = useLocale()
  return (
    <PhaseForm
      intro={
        lifecycle.closure && (
          <p>{t('phase.closedOn', { day: formatDate(lifecycle.closure.closedAt, 'dateTime', locale) })}</p>
        )
      }
      title={t('phase.reopenTitle')}
      choiceLabel={t('phase.reopenTo')}
      choices={phases}
      initial="networkMeetings"
      noteLabel={t('phase.reopenNote')}
      noteRequired
      submitLabel={t('phase.reopen')}
      onSubmit={async (to, note) => {
        await courseApi.reopen(courseId, to, note)
        await onChanged(t('phase.reopened'))
      }}
    />
  )
}

/** A phase to move to and a note why: changing phase, or reopening a closed course (note required). */
function PhaseForm(props: {
  intro?: ReactNode
  title: string
  choiceLabel: string
  choices: readonly CoursePhase[]
  initial: CoursePhase
  noteLabel: string
  noteRequired?: boolean
  submitLabel: string
  onSubmit: (to: CoursePhase, note: string) => Promise<void>
}) {
  const t = usePageTexts()
  const label = useLabel()
  const id = useId()
  const [to, setTo] = useState<CoursePhase>(props.initial)
  const [note, setNote] = useState('')
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      await props.onSubmit(to, note.trim())
      setNote('')
    })
  }
  const onNote = (e: { target: { value: string } }) => setNote(e.target.value)
  return (
    <form className="stacked-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      {props.intro}
      <h3 id={`${id}-title`}>{props.title}</h3>
      <label>
        {props.choiceLabel}
        <select value={to} onChange={(e) => setTo(e.target.value as CoursePhase)}>
          {props.choices.map((phase) => (
            <option key={phase} value={phase}>
              {label('coursePhase', phase)}
            </option>
          ))}
        </select>
      </label>
      {props.noteRequired ? (
        <label>
          {props.noteLabel}
          <textarea required maxLength={500} value={note} onChange={onNote} />
        </label>
      ) : (
        <label>
          {props.noteLabel}
          <input maxLength={500} value={note} onChange={onNote} />
        </label>
      )}
      <FormError error={error} fallback={t('phase.failed')} />
      <button type="submit" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  )
}
