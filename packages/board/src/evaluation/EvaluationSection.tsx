import { FollowUpGuideForm, LocaleProvider } from '@bordenden/ui'
import { useCallback, useId, useState } from 'react'
import type { CitizenRoute } from '../citizen/route.ts'
import { useAsync } from '../useAsync.ts'
import { fetchEvaluation, saveEvaluation } from './api.ts'

/**
 * The citizen's own evaluation of the last meeting (the four scales and the follow-up guide's questions),
 * answered privately on her phone: the answers go to the server, never into the shared document. Her
 * earlier answers are read only when she opens the form, since reading them is logged.
 */
export function EvaluationSection({ route }: { route: CitizenRoute }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <section className="citizen-section no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Hvordan var mødet?</h2>
      <p className="intro">Dine svar ses kun af din koordinator – ikke af de andre i netværket.</p>
      <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        {open ? 'Luk' : 'Svar på spørgsmålene om mødet'}
      </button>
      <div id={`${id}-form`}>{open && <EvaluationForm route={route} />}</div>
    </section>
  )
}

function EvaluationForm({ route }: { route: CitizenRoute }) {
  const state = useAsync(useCallback((signal: AbortSignal) => fetchEvaluation(route, signal), [route]))
  if (state.state === 'loading') return <p>Henter …</p>
  if (state.state === 'failed') return <p role="alert">Spørgsmålene kunne ikke hentes. Prøv igen senere.</p>
  const { meeting, feedback } = state.value
  if (!meeting) return <p>Der er ikke holdt noget møde endnu.</p>
  return (
    <LocaleProvider locale="da">
      <FollowUpGuideForm
        meetingTitle={meeting.title || meeting.date}
        initial={feedback}
        onSubmit={(answers) => saveEvaluation(route, meeting.id, answers)}
      />
    </LocaleProvider>
  )
}
