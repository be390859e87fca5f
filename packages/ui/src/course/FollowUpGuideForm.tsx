import {
  EvaluationScales,
  evaluationScaleTexts,
  GuideAnswers,
  GuideQuestions,
  guideAnswerTexts,
  guideQuestionTexts,
  type MeetingFeedbackAnswers,
  meetingFeedbackSchema,
} from '@bordenden/model'
import { type FormEvent, useId, useState } from 'react'
import { useLocale } from '../locale.tsx'
import {
  big,
  box,
  button,
  choice,
  error as errorStyle,
  fieldset,
  heading,
  input,
  legend,
  muted,
} from './styles.ts'
import { useCourseTexts } from './texts.ts'

/** What has been chosen so far: each question's answer and each scale's score, or nothing yet. */
export type GuideDraft = Partial<Record<string, string | number>> & { comment?: string }

/**
 * The answers once every question and scale has one, else the questions and scales still missing
 * (in the order they are asked).
 */
export function readGuideDraft(
  draft: GuideDraft,
): { answers: MeetingFeedbackAnswers; missing: [] } | { answers: null; missing: string[] } {
  const missing = [...GuideQuestions, ...EvaluationScales].filter((key) => draft[key] === undefined)
  if (missing.length > 0) return { answers: null, missing }
  const guide = Object.fromEntries(GuideQuestions.map((q) => [q, draft[q]]))
  const evaluation = Object.fromEntries(EvaluationScales.map((s) => [s, draft[s]]))
  const answers = meetingFeedbackSchema.parse({
    guide: { ...guide, comment: draft.comment ?? '' },
    evaluation,
  })
  return { answers, missing: [] }
}

export interface FollowUpGuideFormProps {
  meetingTitle: string
  /** Earlier answers to correct, if the citizen answered before. */
  initial?: MeetingFeedbackAnswers | null
  /** Stores the answers (on the server, apart from the shared board); a thrown error is shown. */
  onSubmit: (answers: MeetingFeedbackAnswers) => Promise<void> | void
}

const fromAnswers = (a: MeetingFeedbackAnswers | null | undefined): GuideDraft =>
  a ? { ...a.guide, ...a.evaluation } : {}

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

/**
 * The follow-up guide and the meeting evaluation, answered by the citizen with the coordinator right
 * after the meeting: five plain questions (ja / delvist / nej) and four scales from 1 to 10. Radio
 * buttons throughout, so arrow keys move within a question and Tab moves on.
 */
export function FollowUpGuideForm({ meetingTitle, initial, onSubmit }: FollowUpGuideFormProps) {
  const t = useCourseTexts()
  const locale = useLocale()
  const id = useId()
  const [draft, setDraft] = useState<GuideDraft>(() => fromAnswers(initial))
  const [missing, setMissing] = useState<string[]>([])
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle')
  const [failure, setFailure] = useState<string | null>(null)

  const set = (key: string, value: string | number) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setMissing((m) => m.filter((k) => k !== key))
    setState('idle')
  }

  const nameOf = (key: string): string =>
    key in guideQuestionTexts
      ? guideQuestionTexts[key as keyof typeof guideQuestionTexts][locale]
      : evaluationScaleTexts[key as keyof typeof evaluationScaleTexts].name[locale]

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const read = readGuideDraft(draft)
    setMissing(read.missing)
    if (!read.answers) return
    setState('saving')
    setFailure(null)
    try {
      await onSubmit(read.answers)
      setState('saved')
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
      setState('idle')
    }
  }

  return (
    <form style={big} onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} style={heading}>
        {t('guideTitle')} <span style={muted}>({meetingTitle})</span>
      </h2>
      <p>{t('guideIntro')}</p>
      {GuideQuestions.map((question) => (
        <fieldset key={question} style={fieldset} aria-invalid={missing.includes(question) || undefined}>
          <legend style={legend}>{guideQuestionTexts[question][locale]}</legend>
          {GuideAnswers.map((answer) => (
            <label key={answer} style={choice}>
              <input
                type="radio"
                style={box}
                name={`${id}-${question}`}
                value={answer}
                checked={draft[question] === answer}
                onChange={() => set(question, answer)}
              />
              {guideAnswerTexts[answer][locale]}
            </label>
          ))}
        </fieldset>
      ))}
      <h3 style={{ fontSize: '1.4rem' }}>{t('scalesTitle')}</h3>
      {EvaluationScales.map((scale) => {
        const texts = evaluationScaleTexts[scale]
        return (
          <fieldset key={scale} style={fieldset} aria-invalid={missing.includes(scale) || undefined}>
            <legend style={legend}>{texts.name[locale]}</legend>
            <p style={{ ...muted, margin: '0 0 0.5rem' }}>
              1 = {texts.low[locale]}. 10 = {texts.high[locale]}.
            </p>
            <div style={{ display: 'flex', flexWrap: 'wrap' }}>
              {SCORES.map((score) => (
                <label key={score} style={{ ...choice, marginRight: '0.5rem' }}>
                  <input
                    type="radio"
                    style={box}
                    name={`${id}-${scale}`}
                    value={score}
                    checked={draft[scale] === score}
                    onChange={() => set(scale, score)}
                  />
                  {score}
                </label>
              ))}
            </div>
          </fieldset>
        )
      })}
      <label>
        {t('comment')}
        <textarea
          style={{ ...input, minHeight: '5rem' }}
          value={draft.comment ?? ''}
          onChange={(e) => set('comment', e.currentTarget.value)}
        />
      </label>
      {missing.length > 0 && (
        <p role="alert" style={errorStyle}>
          {t('missingAnswers')} {missing.map(nameOf).join('; ')}
        </p>
      )}
      {failure && (
        <p role="alert" style={errorStyle}>
          {failure}
        </p>
      )}
      <p>
        <button type="submit" style={button} disabled={state === 'saving'}>
          {state === 'saving' ? t('saving') : t('save')}
        </button>{' '}
        {state === 'saved' && <span role="status">{t('saved')}</span>}
      </p>
    </form>
  )
}
