import {
  CorrectableRegistrations,
  type CorrectedMeeting,
  type Registration,
  registrationTexts,
} from '@bordenden/model'
import { formatDate, formatNumber, useLocale } from '@bordenden/ui'
import { type FormEvent, useCallback, useState } from 'react'
import type { MeetingSummary } from '../home/api.ts'
import { errorMessage } from '../home/FormError.tsx'
import { useTexts } from '../home/texts.ts'
import { type RegistrationCorrectionInput, registrationsApi } from './registrations-api.ts'
import { usePageTexts } from './texts.ts'
import { useServerData } from './useServerData.ts'

const valueText = (t: ReturnType<typeof usePageTexts>, value: Registration) =>
  value === null ? t('registrations.unknown') : t(`registrations.values.${value}`)

/**
 * The evaluation's registrations of each held meeting as derived from the board, and a form to correct
 * one with a reason (appended and audited by the server; the derived value stays shown beside it).
 */
export function RegistrationsSection({
  courseId,
  meetings,
}: {
  courseId: string
  meetings: MeetingSummary[]
}) {
  const t = usePageTexts()
  const home = useTexts()
  const locale = useLocale()
  const data = useServerData(useCallback(() => registrationsApi.read(courseId), [courseId]))
  const [announcement, setAnnouncement] = useState('')
  if (data.error !== null) return <p role="alert">{home('failed')}</p>
  const registrations = data.value?.registrations
  if (!registrations) return <p>{home('loading')}</p>
  const titleOf = (m: CorrectedMeeting) => meetings.find((x) => x.id === m.meetingId)?.title ?? ''
  return (
    <>
      <p>{t('registrations.intro')}</p>
      <p>
        {t('registrations.summary', {
          meetings: registrations.meetingsHeld,
          participants:
            registrations.participantsPerMeeting === null
              ? '–'
              : formatNumber(registrations.participantsPerMeeting, locale, 1),
          days: registrations.lengthDays,
        })}
      </p>
      {registrations.meetings.length === 0 ? (
        <p>{t('registrations.none')}</p>
      ) : (
        <table className="registrations-table">
          <caption>{t('registrations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registrations.meeting')}</th>
              {CorrectableRegistrations.map((field) => (
                <th key={field} scope="col">
                  {registrationTexts[field]}
                </th>
              ))}
              <th scope="col">{t('registrations.participants')}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.meetings.map((m) => (
              <tr key={m.meetingId}>
                <th scope="row">
                  {titleOf(m)} – {formatDate(m.date, 'dayWithWeekday', locale)}
                </th>
                {CorrectableRegistrations.map((field) => {
                  const corrected = m.corrections[field]
                  return (
                    <td key={field} data-registration={field}>
                      {valueText(t, m[field])}
                      {corrected && (
                        <small>
                          {' '}
                          {t('registrations.corrected', {
                            derived: valueText(t, corrected.derived),
                            reason: corrected.reason,
                          })}
                        </small>
                      )}
                    </td>
                  )
                })}
                <td>{m.participants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {registrations.meetings.length > 0 && (
        <CorrectionForm
          meetings={registrations.meetings.map((m) => ({
            id: m.meetingId,
            label: `${titleOf(m)} – ${formatDate(m.date, 'dayWithWeekday', locale)}`,
          }))}
          onCorrect={async (meetingId, correction) => {
            await registrationsApi.correct(courseId, meetingId, correction)
            await data.reload()
            setAnnouncement(t('registrations.saved'))
          }}
        />
      )}
      <p role="status" className="announcement">
        {announcement}
      </p>
    </>
  )
}

function CorrectionForm({
  meetings,
  onCorrect,
}: {
  meetings: { id: string; label: string }[]
  onCorrect: (meetingId: string, correction: RegistrationCorrectionInput) => Promise<void>
}) {
  const t = usePageTexts()
  const home = useTexts()
  const locale = useLocale()
  const [meetingId, setMeetingId] = useState(meetings.at(-1)?.id ?? '')
  const [field, setField] = useState<RegistrationCorrectionInput['field']>('agendaWithCitizen')
  const [value, setValue] = useState<RegistrationCorrectionInput['value']>('yes')
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() === '') return setProblem(t('registrations.needsReason'))
    setBusy(true)
    setProblem(null)
    try {
      await onCorrect(meetingId, { field, value, reason: reason.trim() })
      setReason('')
    } catch (error) {
      setProblem(errorMessage(error, locale, home('failed')))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="stacked-form" onSubmit={submit} noValidate aria-label={t('registrations.correct')}>
      <h3>{t('registrations.correct')}</h3>
      <label>
        {t('registrations.meeting')}
        <select value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('registrations.field')}
        <select
          value={field}
          onChange={(e) => setField(e.target.value as RegistrationCorrectionInput['field'])}
        >
          {CorrectableRegistrations.map((f) => (
            <option key={f} value={f}>
              {registrationTexts[f]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('registrations.value')}
        <select
          value={value}
          onChange={(e) => setValue(e.target.value as RegistrationCorrectionInput['value'])}
        >
          {(['yes', 'partly', 'no'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`registrations.values.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('registrations.reason')}
        <textarea
          value={reason}
          maxLength={500}
          aria-invalid={problem !== null}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <p>
        <button type="submit" disabled={busy}>
          {t('registrations.save')}
        </button>
      </p>
    </form>
  )
}
