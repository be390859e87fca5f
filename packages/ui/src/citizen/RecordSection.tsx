import type { AgreementStatus, IsoDate } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { useState } from 'react'
import { todayIso } from '../dates.ts'
import { useLocale } from '../locale.tsx'
import { Section } from './Section.tsx'
import { useCitizenTexts } from './texts.ts'

/** The part of a frozen agreement record the citizen page shows. */
export interface CitizenRecord {
  id: string
  status: 'draft' | 'approved' | 'sent'
  approvedAt: number | null
  meetingDate: string
  agreements: {
    what: string
    owner: string | null
    /** The owner is the citizen: the page says "Dig". */
    byCitizen: boolean
    dueDate: string | null
    /** As it was when the record was frozen; null when the record names a status this page does not know. */
    status: AgreementStatus | null
  }[]
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

interface RecordReader {
  /** The citizen reads the page (their own link); anyone else is told about the citizen, not addressed. */
  asCitizen: boolean
  citizenName: string
  today: IsoDate
}

/** Det har vi aftalt: the newest record, and the approve button while it waits for the citizen. */
export function RecordSection({
  state,
  actions,
  reader,
}: {
  state: RecordState
  actions: RecordActions
  reader: RecordReader
}) {
  const t = useCitizenTexts()
  return (
    <Section id="record" title={t('record.title')} className="no-print">
      {state.kind === 'loading' && <p>{t('record.loading')}</p>}
      {state.kind === 'unavailable' && <p>{t('record.unavailable')}</p>}
      {state.kind === 'failed' && <p>{t('record.failed')}</p>}
      {state.kind === 'ready' &&
        (state.latest ? (
          // A new record starts with no approval of its own.
          <LatestRecord key={state.latest.id} record={state.latest} actions={actions} reader={reader} />
        ) : (
          <p>{t('record.none')}</p>
        ))}
    </Section>
  )
}

function LatestRecord({
  record,
  actions,
  reader,
}: {
  record: CitizenRecord
  actions: RecordActions
  reader: RecordReader
}) {
  const t = useCitizenTexts()
  const locale = useLocale()
  const { today, asCitizen } = reader
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
      <p>{t('record.from', { date: formatDate(record.meetingDate, 'dayWithWeekday', locale, today) })}</p>
      <ul className="record-agreements">
        {record.agreements.map((agreement, index) => (
          // A frozen record never changes, so its order is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} data-status={agreement.status}>
            <strong>
              {agreement.byCitizen ? t('agreements.you') : (agreement.owner ?? t('record.nobody'))}:
            </strong>{' '}
            {agreement.what}
            {/* The deadline as it was agreed: a record is history, not a reminder. */}
            {agreement.dueDate && (
              <span className="due">
                {t('agreements.by', { day: formatDate(agreement.dueDate, 'dayWithWeekday', locale, today) })}
              </span>
            )}
            {agreement.status === 'done' && <span className="outcome done">✓ {t('record.done')}</span>}
            {agreement.status === 'abandoned' && <span className="outcome">{t('record.abandoned')}</span>}
          </li>
        ))}
      </ul>
      <p>
        <a href={actions.fullRecordUrl(record.id)}>{t('record.readAll')}</a>
      </p>
      {waiting && (
        <div className="approval">
          <p>
            {asCitizen
              ? t('record.waiting')
              : t('record.waitingFor', { name: reader.citizenName || t('theCitizen') })}
          </p>
          {actions.canApprove && (
            <>
              <p>{t('record.approveHint')}</p>
              <button type="button" onClick={approve} disabled={approval === 'busy'}>
                {approval === 'busy' ? t('record.approving') : t('record.approve')}
              </button>
            </>
          )}
        </div>
      )}
      <p role="status">
        {approval === 'done' && t('record.thanks')}
        {approval === 'failed' && t('record.approveFailed')}
        {approval === 'idle' &&
          record.approvedAt !== null &&
          t(asCitizen ? 'record.approved' : 'record.approvedBy', {
            date: formatDate(todayIso(new Date(record.approvedAt)), 'dayWithWeekday', locale, today),
          })}
      </p>
    </>
  )
}
