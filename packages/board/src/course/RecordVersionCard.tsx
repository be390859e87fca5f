import { formatDate, useLocale } from '@bordenden/ui'
import { useId, useState } from 'react'
import { courseApi, fetchJournalText, type RecordVersion } from './api.ts'
import { copyPendingText } from './clipboard.ts'
import { ApproveForm, SendForm } from './RecordForms.tsx'
import { usePageTexts } from './texts.ts'

export interface RecordVersionCardProps {
  courseId: string
  record: RecordVersion
  onChanged: (announcement: string) => Promise<void>
}

/**
 * One version of a meeting's record: its state, what changed from the version before, the journal text
 * to copy or download, the printable page, and the next step (the citizen's approval, then sending).
 */
export function RecordVersionCard({ courseId, record, onChanged }: RecordVersionCardProps) {
  const t = usePageTexts()
  const locale = useLocale()
  const id = useId()
  const when = (ms: number) => formatDate(ms, 'dateTime', locale)
  return (
    <article
      className="record-version"
      aria-labelledby={id}
      data-record={record.id}
      data-status={record.status}
    >
      <h4 id={id}>
        {t('records.version', { n: record.version })}:{' '}
        <span className="record-status">{t(`records.status.${record.status}`)}</span>
      </h4>
      <ul className="record-facts">
        <li>{t('records.madeAt', { when: when(record.createdAt) })}</li>
        {record.approvedAt !== null && record.approvalMethod !== null && (
          <li>
            {t('records.approvedAt', {
              when: when(record.approvedAt),
              how: t(`records.methods.${record.approvalMethod}`),
            })}
          </li>
        )}
        {record.sentAt !== null && (
          <li>{t('records.sentAt', { when: when(record.sentAt), to: record.sentTo.join(', ') })}</li>
        )}
      </ul>
      {record.version > 1 && <RecordChanges record={record} />}
      <JournalActions courseId={courseId} record={record} />
      {record.status === 'draft' && <ApproveForm courseId={courseId} record={record} onChanged={onChanged} />}
      {record.status === 'approved' && <SendForm courseId={courseId} record={record} onChanged={onChanged} />}
    </article>
  )
}

/** What the server found changed in goals and agreements since the version before, in plain words. */
function RecordChanges({ record }: { record: RecordVersion }) {
  const t = usePageTexts()
  const id = useId()
  return (
    <section className="record-changes" aria-labelledby={id}>
      <h5 id={id}>{t('records.changesTitle', { version: record.version - 1 })}</h5>
      {record.changes.length === 0 ? (
        <p>{t('records.noChanges')}</p>
      ) : (
        <ul>
          {record.changes.map((change, index) => (
            // A frozen record never changes, so its order is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} data-change={change.kind}>
              {change.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The journal text, on the clipboard or as a file, and the printable page. */
function JournalActions({ courseId, record }: { courseId: string; record: RecordVersion }) {
  const t = usePageTexts()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copyJournal = async () => {
    try {
      await copyPendingText(fetchJournalText(courseId, record.id))
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }
  return (
    <div className="record-actions">
      <button type="button" onClick={copyJournal}>
        {t('records.copy')}
      </button>
      <a
        className="button secondary"
        href={courseApi.journalUrl(courseId, record.id)}
        download={`aftalereferat-${record.content.meeting.date}-v${record.version}.txt`}
      >
        {t('records.download')}
      </a>
      <a
        className="button secondary"
        href={courseApi.printUrl(courseId, record.id)}
        target="_blank"
        rel="noopener"
      >
        {t('records.print')} <span className="visually-hidden">{t('records.newTab')}</span>
      </a>
      <p role="status" className="copy-status">
        {copy === 'copied' ? t('records.copied') : copy === 'failed' ? t('records.copyFailed') : ''}
      </p>
    </div>
  )
}
