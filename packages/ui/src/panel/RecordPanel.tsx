import { formatDay } from '../dates.ts'
import { useLocale } from '../locale.tsx'
import { usePanelText } from './texts.ts'
import type { RecordSummary } from './types.ts'
import { ActionResult, useAction } from './useAction.tsx'

export interface RecordPanelProps {
  records: RecordSummary[]
  today: string
  /** Copies the record's journal text; resolves when it is on the clipboard. */
  onCopy(recordId: string): Promise<void>
  /** Opens the printable record in a tab of its own. */
  onOpenPrint(recordId: string): Promise<void>
}

/** The newest agreement record of each meeting: copy its journal text in one click, or open it for print. */
export function RecordPanel({ records, today, onCopy, onOpenPrint }: RecordPanelProps) {
  const t = usePanelText()
  const locale = useLocale()
  const { message, run } = useAction()
  const newest = newestPerMeeting(records)
  if (newest.length === 0) return <p className="bd-empty">{t('noRecords')}</p>
  return (
    <div>
      <ul className="bd-list">
        {newest.map((record) => (
          <li key={record.id} className="bd-card">
            <p className="bd-card-title">
              {record.content.meeting.title} · {formatDay(record.content.meeting.date, locale, today)}
            </p>
            <p className="bd-muted">
              {t('version')} {record.version} · {record.approvedAt ? t('approved') : t('notApproved')}
            </p>
            <div className="bd-actions">
              <button type="button" onClick={() => run(() => onCopy(record.id), t('copied'))}>
                {t('copyJournal')}
              </button>
              <button type="button" onClick={() => run(() => onOpenPrint(record.id))}>
                {t('openPrint')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ActionResult message={message} />
    </div>
  )
}

function newestPerMeeting(records: RecordSummary[]): RecordSummary[] {
  const newest = new Map<string, RecordSummary>()
  for (const record of records) {
    const seen = newest.get(record.meetingId)
    if (!seen || seen.version < record.version) newest.set(record.meetingId, record)
  }
  return [...newest.values()].sort((a, b) => b.content.meeting.date.localeCompare(a.content.meeting.date))
}
