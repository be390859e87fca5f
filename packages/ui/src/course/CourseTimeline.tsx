import type { TimelineEvent } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { useLabel, useLocale } from '../locale.tsx'
import { big, heading, muted } from './styles.ts'
import { timelineTexts, useCourseTexts } from './texts.ts'

/**
 * The course from its start: phases, meetings and records, oldest first, each in one plain line.
 * `titled` is false when the page around it already gives it a heading.
 */
export function CourseTimeline({ events, titled = true }: { events: TimelineEvent[]; titled?: boolean }) {
  const t = useCourseTexts()
  const locale = useLocale()
  const label = useLabel()
  const detail = (event: TimelineEvent): string => {
    switch (event.kind) {
      case 'phaseChanged':
      case 'courseReopened':
        return [label('coursePhase', event.to), event.note].filter(Boolean).join(' – ')
      case 'courseClosed':
        return event.note
      case 'meeting':
        return `${event.title} (${label('meetingStatus', event.status)})`
      case 'recordFrozen':
      case 'recordApproved':
      case 'recordSent':
        return `${event.meetingTitle}, version ${event.version}`
      default:
        return ''
    }
  }
  return (
    <section style={big} aria-labelledby={titled ? 'course-timeline-title' : undefined}>
      {titled && (
        <h2 id="course-timeline-title" style={heading}>
          {t('timeline')}
        </h2>
      )}
      {events.length === 0 ? (
        <p>{t('noEvents')}</p>
      ) : (
        <ol style={{ paddingLeft: '1.5rem' }}>
          {events.map((event) => (
            <li key={eventKey(event)} style={{ marginBottom: '0.5rem' }}>
              <time dateTime={new Date(event.at).toISOString()} style={muted}>
                {/* A planned meeting has a calendar date, not a moment: shown as the day itself. */}
                {event.kind === 'meeting' && event.status === 'planned'
                  ? formatDate(event.date, 'dayWithWeekday', locale)
                  : formatDate(event.at, 'day', locale)}
              </time>
              {': '}
              <strong>{timelineTexts[event.kind][locale]}</strong>
              {detail(event) ? ` – ${detail(event)}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** A key that stays with its event when others are added before it. */
function eventKey(event: TimelineEvent): string {
  switch (event.kind) {
    case 'meeting':
      return `meeting-${event.meetingId}`
    case 'recordFrozen':
    case 'recordApproved':
    case 'recordSent':
      return `${event.kind}-${event.meetingId}-${event.version}`
    default:
      return `${event.kind}-${event.at}`
  }
}
