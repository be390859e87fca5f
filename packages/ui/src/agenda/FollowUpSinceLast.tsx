import { followUpSinceLast, label, partyName } from '@bordenden/model'
import { formatDue } from '../dates.ts'
import { useCourseSession } from '../live/CourseSession.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/**
 * Under "Opfølgning siden sidst": the agreements still open from earlier meetings with their latest
 * status and note (as owners reported them between meetings), and the topics still parked.
 */
export function FollowUpSinceLast({ meetingId }: { meetingId: string }) {
  const { course, today } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const { agreements, parkedTopics } = useCourseQuery(course, followUpSinceLast, meetingId)
  if (agreements.length === 0 && parkedTopics.length === 0)
    return <p className="bd-muted bd-follow-up-since-last">{w('nothingSinceLast')}</p>
  return (
    <div className="bd-follow-up-since-last">
      {agreements.length > 0 && (
        <>
          <h3>{w('openSinceLast')}</h3>
          <ul aria-label={w('openSinceLast')}>
            {agreements.map((a) => {
              const note = a.history.at(-1)?.note ?? ''
              return (
                <li key={a.id} data-agreement-id={a.id} data-status={a.status}>
                  {a.what} · {a.owner ? partyName(course, a.owner, locale) : w('noOwner')}
                  {a.dueDate && ` · ${formatDue(a.dueDate, today, locale)}`} ·{' '}
                  <strong>{label('agreementStatus', a.status, locale)}</strong>
                  {note && <span className="bd-muted"> – “{note}”</span>}
                </li>
              )
            })}
          </ul>
        </>
      )}
      {parkedTopics.length > 0 && (
        <>
          <h3>{w('parkedSinceLast')}</h3>
          <ul aria-label={w('parkedSinceLast')}>
            {parkedTopics.map((topic) => (
              <li key={topic.id}>{topic.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
