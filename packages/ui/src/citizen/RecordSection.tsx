import { useState } from 'react'
import { formatDay, formatDue, todayIso } from '../dates.ts'
import { useLocale } from '../locale.tsx'
import { Section } from './Section.tsx'
import { useCitizenTexts } from './texts.ts'

/** The part of a frozen agreement record the citizen page shows. */
export interface CitizenRecord {
  id: string
  status: 'draft' | 'approved' | 'sent'
  approvedAt: number | null
  meetingDate: string
  agreements: { what: string; owner: string | null; dueDate: string | null }[]
}

export type RecordState =
  | { kind: 'loading' }
  /** This link may not read records (a viewer's). */
  | { kind: 'unavailable' }
  | { kind: 'failed' }
  | { kind: 'ready'; latest: CitizenRecord | null }

export interface RecordActions {
  /** Whether this link may approve (the citizen's own). */
  canApprove: boolean
  approve(recordId: string): Promise<void>
  /** The address of the record's full printable page. */
  fullRecordUrl(recordId: string): string
}

/** Det har vi aftalt: the newest record, and the approve button while it waits for the citizen. */
export function RecordSection({ state, actions }: { state: RecordState; actions: RecordActions }) {
  const t = useCitizenTexts()
  return (
    <Section id="record" title={t.record.title} className="no-print">
      {state.kind === 'loading' && <p>{t.record.loading}</p>}
      {state.kind === 'unavailable' && <p>{t.record.unavailable}</p>}
      {state.kind === 'failed' && <p>{t.record.failed}</p>}
      {state.kind === 'ready' &&
        (state.latest ? <LatestRecord record={state.latest} actions={actions} /> : <p>{t.record.none}</p>)}
    </Section>
  )
}

function LatestRecord({ record, actions }: { record: CitizenRecord; actions: RecordActions }) {
  const t = useCitizenTexts()
  const locale = useLocale()
  const today = todayIso()
  const [approval, setApproval] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle')
  const approve = () => {
    setApproval('busy')
    actions.approve(record.id).then(
      () => setApproval('done'),
      () => setApproval('failed'),
    )
  }
  const waiting = record.status === 'draft' && approval !== 'done'
  return (
    <>
      <p>{t.record.from(formatDay(record.meetingDate, locale, today))}</p>
      <ul className="record-agreements">
        {record.agreements.map((agreement, index) => (
          // A frozen record never changes, so its order is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <strong>{agreement.owner ?? t.record.nobody}:</strong> {agreement.what}
            {agreement.dueDate && <span className="due">{formatDue(agreement.dueDate, today, locale)}</span>}
          </li>
        ))}
      </ul>
      <p>
        <a href={actions.fullRecordUrl(record.id)}>{t.record.readAll}</a>
      </p>
      {waiting && (
        <div className="approval">
          <p>{t.record.waiting}</p>
          {actions.canApprove && (
            <>
              <p>{t.record.approveHint}</p>
              <button type="button" onClick={approve} disabled={approval === 'busy'}>
                {approval === 'busy' ? t.record.approving : t.record.approve}
              </button>
            </>
          )}
        </div>
      )}
      <p role="status">
        {approval === 'done' && t.record.thanks}
        {approval === 'failed' && t.record.approveFailed}
        {approval === 'idle' &&
          record.approvedAt !== null &&
          t.record.approved(formatDay(todayIso(new Date(record.approvedAt)), locale, today))}
      </p>
    </>
  )
}
