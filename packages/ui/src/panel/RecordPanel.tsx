import { formatDate } from '@bordenden/text'
import { useId, useState } from 'react'
import { todayIso } from '../dates.ts'
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
  /** Notes who received an approved record; resolves when `records` shows it sent. */
  onMarkSent(recordId: string, recipients: string[]): Promise<void>
}

/**
 * The newest agreement record of each meeting: whether it is approved and sent, its journal text in one
 * click, the print, and for an approved record a note of who received it.
 */
export function RecordPanel({ records, today, onCopy, onOpenPrint, onMarkSent }: RecordPanelProps) {
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
              {record.content.meeting.title} ·{' '}
              {formatDate(record.content.meeting.date, 'dayWithWeekday', locale, today)}
            </p>
            <p className="bd-muted">
              {t('version')} {record.version} · {record.approvedAt ? t('approved') : t('notApproved')}
            </p>
            {record.sentAt !== null && (
              <p className="bd-muted">
                {t('sentTo', {
                  date: formatDate(todayIso(new Date(record.sentAt)), 'dayWithWeekday', locale, today),
                  names: record.sentTo.join(', '),
                })}
              </p>
            )}
            <div className="bd-actions">
              <button type="button" onClick={() => run(() => onCopy(record.id), t('copied'))}>
                {t('copyJournal')}
              </button>
              <button type="button" onClick={() => run(() => onOpenPrint(record.id))}>
                {t('openPrint')}
              </button>
            </div>
            {record.status === 'approved' && (
              <MarkSent
                record={record}
                onMarkSent={(names) => run(() => onMarkSent(record.id, names), t('markedSent'))}
              />
            )}
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

/** The citizen and everyone invited, as the record names them, each once; whether they were there. */
function recipientsOf(record: RecordSummary): { name: string; present: boolean }[] {
  const present = new Map([[record.content.course.citizenName, true]])
  for (const person of record.content.meeting.attendance)
    if (!present.has(person.name)) present.set(person.name, person.present)
  return [...present].map(([name, wasThere]) => ({ name, present: wasThere }))
}

/**
 * Notes who received an approved record, among the citizen and those invited (the citizen and those
 * present ticked to begin with). The sending itself is the municipality's own secure channel.
 */
function MarkSent({
  record,
  onMarkSent,
}: {
  record: RecordSummary
  onMarkSent(recipients: string[]): Promise<boolean>
}) {
  const t = usePanelText()
  const id = useId()
  const candidates = recipientsOf(record)
  const [chosen, setChosen] = useState(() => candidates.filter((c) => c.present).map((c) => c.name))
  const [empty, setEmpty] = useState(false)
  return (
    <details>
      <summary>{t('markSent')}</summary>
      <form
        className="bd-form"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => {
          event.preventDefault()
          // In the order the record names them, not the order they were ticked.
          const recipients = candidates.map((c) => c.name).filter((name) => chosen.includes(name))
          setEmpty(recipients.length === 0)
          if (recipients.length > 0) void onMarkSent(recipients)
        }}
      >
        <fieldset aria-describedby={`${id}-hint`}>
          <legend id={`${id}-title`}>{t('whoGotIt')}</legend>
          <p id={`${id}-hint`} className="bd-muted">
            {t('sendYourself')}
          </p>
          {candidates.map(({ name }) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={chosen.includes(name)}
                onChange={(e) =>
                  setChosen((before) =>
                    e.target.checked ? [...before, name] : before.filter((n) => n !== name),
                  )
                }
              />{' '}
              {name}
            </label>
          ))}
        </fieldset>
        {empty && (
          <p role="alert" className="bd-error">
            {t('chooseRecipients')}
          </p>
        )}
        <button type="submit">{t('markSent')}</button>
      </form>
    </details>
  )
}
