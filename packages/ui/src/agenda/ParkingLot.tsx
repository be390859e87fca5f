import { label, parkedTopicsOf, partyName } from '@bordenden/model'
import { useCourseSession } from '../live/CourseSession.tsx'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

/** The meeting's parked topics, so nothing the citizen raised gets lost. */
export function ParkingLot({ meetingId }: { meetingId: string }) {
  const { course, actor, canEdit } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const topics = useCourseQuery(course, parkedTopicsOf, meetingId)
  return (
    <section className="bd-parking" aria-label={w('parking')}>
      <h3>{w('parking')}</h3>
      {topics.length === 0 && <p className="bd-muted">{w('noParked')}</p>}
      <ul>
        {topics.map((topic) => (
          <li key={topic.id}>
            {topic.text}
            <span className="bd-muted">
              {topic.raisedBy && ` – ${partyName(course, topic.raisedBy, locale)}`} ·{' '}
              {label('parkedTopicStatus', topic.status, locale)}
            </span>
            {canEdit && topic.status === 'parked' && (
              <button
                type="button"
                className="bd-link"
                aria-label={`${w('markHandled')}: ${topic.text}`}
                onClick={() => course.parkedTopics.update(topic.id, { status: 'handled' }, actor)}
              >
                {w('markHandled')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
