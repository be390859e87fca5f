import { type AgreementStatus, type Locale, label, labelOptions } from '@bordenden/model'
import { formatDue, refusalText, type Translate, translator, useToday } from '@bordenden/ui'
import { type FormEvent, useCallback, useId, useState } from 'react'
import { useAsync } from '../useAsync.ts'
import { fetchOwnAgreements, type OwnAgreement, type OwnerRoute, reportStatus } from './api.ts'
import './mine.css'
import { betweenMeetingsTexts } from './texts.ts'

/**
 * "Mine aftaler": the agreements the link's owner took on, each with a short report form (status and a
 * note). It works any day, also when the link is read-only on the board; the coordinator sees the report
 * live. Only REST, so it needs no copy of the course document.
 */
export function MyAgreements({ route, locale = 'da' }: { route: OwnerRoute; locale?: Locale }) {
  const t = translator(betweenMeetingsTexts, locale)
  // A report fetches the list anew (the server's word on what changed), by mounting it afresh.
  const [version, setVersion] = useState(0)
  return (
    <section className="my-agreements citizen-section no-print" aria-labelledby="my-agreements-title">
      <h2 id="my-agreements-title">{t('title')}</h2>
      <AgreementList
        key={version}
        route={route}
        locale={locale}
        onReported={() => setVersion((v) => v + 1)}
      />
    </section>
  )
}

function AgreementList(props: { route: OwnerRoute; locale: Locale; onReported: () => void }) {
  const { route, locale } = props
  const t = translator(betweenMeetingsTexts, locale)
  const state = useAsync(useCallback((signal: AbortSignal) => fetchOwnAgreements(route, signal), [route]))
  if (state.state === 'loading') return <p>{t('loading')}</p>
  if (state.state === 'failed') return <p role="alert">{refusalText(state.error, locale) ?? t('failed')}</p>
  if (state.value.agreements.length === 0) return <p>{t('none')}</p>
  return (
    <ul>
      {state.value.agreements.map((agreement) => (
        <AgreementReport
          key={agreement.id}
          route={route}
          agreement={agreement}
          t={t}
          locale={locale}
          onReported={props.onReported}
        />
      ))}
    </ul>
  )
}

/** A change to these must say what changed or why (the model's rule; the server checks it too). */
const needsNote: readonly AgreementStatus[] = ['changed', 'abandoned']

function AgreementReport(props: {
  route: OwnerRoute
  agreement: OwnAgreement
  t: Translate<typeof betweenMeetingsTexts>
  locale: Locale
  onReported: () => void
}) {
  const { agreement, t, locale } = props
  const today = useToday()
  const id = useId()
  const [to, setTo] = useState<AgreementStatus>(agreement.status)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (needsNote.includes(to) && note.trim() === '') {
      setError(to === 'changed' ? t('noteForChanged') : t('noteForAbandoned'))
      return
    }
    setBusy(true)
    setError(null)
    try {
      await reportStatus(props.route, agreement.id, { to, note })
      setNote('')
      props.onReported()
    } catch (failure) {
      setError(refusalText(failure, locale) ?? t('notSaved'))
    } finally {
      setBusy(false)
    }
  }
  const last = agreement.lastChange
  return (
    <li data-agreement-id={agreement.id} data-status={agreement.status}>
      <p>
        <strong>{agreement.what}</strong>
        {agreement.dueDate && ` · ${formatDue(agreement.dueDate, today, locale)}`}
      </p>
      <p>
        {t('status')}: <strong>{label('agreementStatus', agreement.status, locale)}</strong>
        {last?.note && ` – “${last.note}”`}
      </p>
      <form onSubmit={(event) => void submit(event)} aria-label={t('about', { what: agreement.what })}>
        <label htmlFor={`${id}-status`}>{t('newStatus')}</label>
        <select
          id={`${id}-status`}
          value={to}
          onChange={(event) => setTo(event.target.value as AgreementStatus)}
        >
          {labelOptions('agreementStatus', locale).map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`}>{t('note')}</label>
        <input
          id={`${id}-note`}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" disabled={busy || to === agreement.status}>
          {t('send')}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </li>
  )
}
