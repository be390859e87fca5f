import { type AgreementStatus, label, labelOptions } from '@bordenden/model'
import { formatDue, useToday } from '@bordenden/ui'
import { type FormEvent, useCallback, useId, useState } from 'react'
import { useAsync } from '../useAsync.ts'
import { fetchOwnAgreements, type OwnAgreement, type OwnerRoute, ReportRefused, reportStatus } from './api.ts'
import './mine.css'

const statuses = labelOptions('agreementStatus', 'da')

/**
 * "Mine aftaler": the agreements the link's owner took on, each with a short report form (status and a
 * note). It works any day, also when the link is read-only on the board; the coordinator sees the report
 * live. Only REST, so it needs no copy of the course document.
 */
export function MyAgreements({ route }: { route: OwnerRoute }) {
  // A report fetches the list anew (the server's word on what changed), by mounting it afresh.
  const [version, setVersion] = useState(0)
  return (
    <section className="my-agreements citizen-section no-print" aria-labelledby="my-agreements-title">
      <h2 id="my-agreements-title">Mine aftaler – fortæl hvordan det går</h2>
      <AgreementList key={version} route={route} onReported={() => setVersion((v) => v + 1)} />
    </section>
  )
}

function AgreementList({ route, onReported }: { route: OwnerRoute; onReported: () => void }) {
  const state = useAsync(useCallback((signal: AbortSignal) => fetchOwnAgreements(route, signal), [route]))
  if (state.state === 'loading') return <p>Henter dine aftaler …</p>
  if (state.state === 'failed') return <p role="alert">Dine aftaler kunne ikke hentes. Prøv igen senere.</p>
  if (state.value.agreements.length === 0) return <p>Du har ingen aftaler i dette forløb.</p>
  return (
    <ul>
      {state.value.agreements.map((agreement) => (
        <AgreementReport key={agreement.id} route={route} agreement={agreement} onReported={onReported} />
      ))}
    </ul>
  )
}

/** A change to these must say what changed or why (the model's rule; the server checks it too). */
const needsNote: readonly AgreementStatus[] = ['changed', 'abandoned']

function AgreementReport(props: { route: OwnerRoute; agreement: OwnAgreement; onReported: () => void }) {
  const { agreement } = props
  const today = useToday()
  const id = useId()
  const [to, setTo] = useState<AgreementStatus>(agreement.status)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (needsNote.includes(to) && note.trim() === '') {
      setError(`Skriv kort, hvad der er ${to === 'changed' ? 'ændret' : 'grunden til at opgive aftalen'}.`)
      return
    }
    setBusy(true)
    setError(null)
    try {
      await reportStatus(props.route, agreement.id, { to, note })
      setNote('')
      props.onReported()
    } catch (failure) {
      setError(failure instanceof ReportRefused ? failure.message : 'Det blev ikke gemt. Prøv igen om lidt.')
    } finally {
      setBusy(false)
    }
  }
  const last = agreement.lastChange
  return (
    <li data-agreement-id={agreement.id} data-status={agreement.status}>
      <p>
        <strong>{agreement.what}</strong>
        {agreement.dueDate && ` · ${formatDue(agreement.dueDate, today, 'da')}`}
      </p>
      <p>
        Status: <strong>{label('agreementStatus', agreement.status)}</strong>
        {last?.note && ` – “${last.note}”`}
      </p>
      <form onSubmit={(event) => void submit(event)} aria-label={`Fortæl om: ${agreement.what}`}>
        <label htmlFor={`${id}-status`}>Ny status</label>
        <select
          id={`${id}-status`}
          value={to}
          onChange={(event) => setTo(event.target.value as AgreementStatus)}
        >
          {statuses.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`}>Kort besked (skal udfyldes ved ændret eller opgivet)</label>
        <input
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" disabled={busy || to === agreement.status}>
          Send
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </li>
  )
}
