import { formatDate, useLocale } from '@bordenden/ui'
import { useId } from 'react'
import type { MeetingSummary } from '../home/api.ts'
import { FormError } from '../home/FormError.tsx'
import { useAction } from '../home/useAction.ts'
import { courseApi, type RecordVersion } from './api.ts'
import { RecordVersionCard } from './RecordVersionCard.tsx'
import { usePageTexts } from './texts.ts'

export interface RecordsSectionProps {
  courseId: string
  meetings: MeetingSummary[]
  records: RecordVersion[]
  /** Reads the records (and the timeline) again after a change; the announcement follows once it has. */
  onChanged: (announcement: string) => Promise<void>
}

/** Per held meeting: its record's versions, newest first, and making the next one from the board. */
export function RecordsSection({ courseId, meetings, records, onChanged }: RecordsSectionProps) {
  const t = usePageTexts()
  const held = meetings.filter((m) => m.status !== 'planned').reverse()
  if (held.length === 0) return <p>{t('records.none')}</p>
  return (
    <>
      <p>{t('records.intro')}</p>
      {held.map((meeting) => (
        <MeetingRecords
          key={meeting.id}
          courseId={courseId}
          meeting={meeting}
          versions={records.filter((r) => r.meetingId === meeting.id).sort((a, b) => b.version - a.version)}
          onChanged={onChanged}
        />
      ))}
    </>
  )
}

function MeetingRecords(props: {
  courseId: string
  meeting: MeetingSummary
  versions: RecordVersion[]
  onChanged: RecordsSectionProps['onChanged']
}) {
  const { courseId, meeting, versions, onChanged } = props
  const t = usePageTexts()
  const locale = useLocale()
  const id = useId()
  const { busy, error, run } = useAction()
  const [latest, ...older] = versions

  const freeze = () =>
    run(async () => {
      const { record } = await courseApi.freeze(courseId, meeting.id)
      // The server answers with the newest version as it is when the board has not changed since.
      const announcement =
        latest?.hash === record.hash
          ? t('records.unchanged', { version: record.version })
          : latest?.id === record.id
            ? t('records.refreshed', { version: record.version })
            : t('records.frozen', { version: record.version })
      await onChanged(announcement)
    })

  return (
    <section className="meeting-records" aria-labelledby={id} data-meeting={meeting.id}>
      <h3 id={id}>
        {meeting.title} – {formatDate(meeting.date, 'dayWithWeekday', locale)}
      </h3>
      {!latest && <p>{t('records.noVersions')}</p>}
      <p>
        <button type="button" onClick={freeze} disabled={busy}>
          {!latest
            ? t('records.freezeFirst')
            : latest.status === 'draft'
              ? t('records.freezeDraft')
              : t('records.freezeNew')}
        </button>
      </p>
      <FormError error={error} fallback={t('records.failed')} />
      {/* Keyed by version, so what one version's card showed (copied, a half-filled form) stays with it. */}
      {latest && (
        <RecordVersionCard key={latest.id} courseId={courseId} record={latest} onChanged={onChanged} />
      )}
      {older.length > 0 && (
        <details className="older-versions">
          <summary>{t('records.older', { count: older.length })}</summary>
          {older.map((record) => (
            <RecordVersionCard key={record.id} courseId={courseId} record={record} onChanged={onChanged} />
          ))}
        </details>
      )}
    </section>
  )
}
