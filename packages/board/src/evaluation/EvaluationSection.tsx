import type { Locale } from '@bordenden/model'
import { FollowUpGuideForm, LocaleProvider, refusalText, translator } from '@bordenden/ui'
import { useCallback, useId, useState } from 'react'
import type { CitizenRoute } from '../citizen/route.ts'
import { betweenMeetingsTexts } from '../mine/texts.ts'
import { useAsync } from '../useAsync.ts'
import { fetchEvaluation, saveEvaluation } from './api.ts'

/**
 * The citizen's own evaluation of the last meeting (the four scales and the follow-up guide's questions),
 * answered privately on her phone: the answers go to the server, never into the shared document. Her
 * earlier answers are read only when she opens the form, since reading them is logged.
 */
export function EvaluationSection({ route, locale = 'da' }: { route: CitizenRoute; locale?: Locale }) {
  const t = translator(betweenMeetingsTexts, locale)
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <section className="citizen-section no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('evaluationTitle')}</h2>
      <p className="intro">{t('evaluationIntro')}</p>
      <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        {open ? t('evaluationClose') : t('evaluationOpen')}
      </button>
      <div id={`${id}-form`}>{open && <EvaluationForm route={route} locale={locale} />}</div>
    </section>
  )
}

function EvaluationForm({ route, locale }: { route: CitizenRoute; locale: Locale }) {
  const t = translator(betweenMeetingsTexts, locale)
  const state = useAsync(useCallback((signal: AbortSignal) => fetchEvaluation(route, signal), [route]))
  if (state.state === 'loading') return <p>{t('evaluationLoading')}</p>
  if (state.state === 'failed')
    return <p role="alert">{refusalText(state.error, locale) ?? t('evaluationFailed')}</p>
  const { meeting, feedback } = state.value
  if (!meeting) return <p>{t('noMeetingYet')}</p>
  return (
    <LocaleProvider locale={locale}>
      <FollowUpGuideForm
        meetingTitle={meeting.title || meeting.date}
        initial={feedback}
        onSubmit={async (answers) => {
          // The form shows a thrown error's message as it is: say why in the page's language.
          await saveEvaluation(route, meeting.id, answers).catch((error: unknown) => {
            throw new Error(refusalText(error, locale) ?? t('evaluationNotSaved'))
          })
        }}
      />
    </LocaleProvider>
  )
}
