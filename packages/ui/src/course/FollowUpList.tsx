import { formatDue, todayIso } from '../dates.ts'
import { useLabel, useLocale } from '../locale.tsx'
import { useMeasureTexts } from '../measures/texts.ts'
import { formatDate } from '../text/index.ts'
import { big, button, heading, muted } from './styles.ts'
import { useCourseTexts } from './texts.ts'
import {
  type FollowUpCourse,
  FollowUpGroups,
  type FollowUpItem,
  type FollowUps,
  useFollowUps,
} from './useFollowUps.ts'

export interface FollowUpListProps {
  data: FollowUps | null
  live: boolean
  failed?: boolean
  onMarkSeen?: (courseId: string) => void
  /** Only this course's list (on its own page); all the coordinator's courses when absent. */
  courseId?: string
}

/**
 * The coordinator's follow-up list per course: overdue, due within a week, follow-ups due, waiting for a
 * manager, changed since the last meeting and since last looked; each with its follow-up and last note.
 */
export function FollowUpList({ data, live, failed = false, onMarkSeen, courseId }: FollowUpListProps) {
  const t = useCourseTexts()
  // A course with nothing in any group is left out: there is nothing to follow up on there.
  const courses = data?.courses.filter(
    (c) => (courseId === undefined || c.courseId === courseId) && FollowUpGroups.some((g) => c[g].length > 0),
  )
  return (
    <section style={big} aria-labelledby="follow-ups-title" aria-busy={data === null}>
      <h2 id="follow-ups-title" style={heading}>
        {t('followUps')}
      </h2>
      <p role="status" style={muted}>
        {live ? t('live') : t('offline')}
      </p>
      {failed && (
        <p role="alert" style={{ fontWeight: 700 }}>
          {t('loadFailed')}
        </p>
      )}
      {data && courses?.length === 0 && <p>{t('nothingToFollowUp')}</p>}
      {data &&
        courses?.map((course) => (
          <CourseFollowUps key={course.courseId} course={course} today={data.today} onMarkSeen={onMarkSeen} />
        ))}
    </section>
  )
}

function CourseFollowUps(props: {
  course: FollowUpCourse
  today: string
  onMarkSeen: FollowUpListProps['onMarkSeen']
}) {
  const { course, today, onMarkSeen } = props
  const t = useCourseTexts()
  const measureText = useMeasureTexts()
  return (
    <section aria-label={course.title} data-course={course.courseId}>
      <h3 style={{ fontSize: '1.4rem' }}>{course.title}</h3>
      {course.measurementDue && (
        <p data-measurement-due={course.measurementDue.occasion}>
          {measureText(`dueForCoordinator.${course.measurementDue.occasion}`)}
        </p>
      )}
      {FollowUpGroups.map((group) => (
        <div key={group} data-group={group}>
          <h4 id={`follow-ups-${course.courseId}-${group}`} style={{ margin: '0.75rem 0 0.25rem' }}>
            {t(group)} ({course[group].length})
          </h4>
          {course[group].length === 0 ? (
            <p style={muted}>{t('nothing')}</p>
          ) : (
            <ul>
              {course[group].map((item) => (
                <FollowUpLine key={item.id} item={item} today={today} />
              ))}
            </ul>
          )}
        </div>
      ))}
      {onMarkSeen && course.changedSinceSeen.length > 0 && (
        <button type="button" style={button} onClick={() => onMarkSeen(course.courseId)}>
          {t('markSeen')}
        </button>
      )}
    </section>
  )
}

function FollowUpLine({ item, today }: { item: FollowUpItem; today: string }) {
  const t = useCourseTexts()
  const locale = useLocale()
  const label = useLabel()
  const followUp = [
    item.followUp.who,
    item.followUp.when && formatDue(item.followUp.when, today, locale),
    item.followUp.how,
  ]
    .filter(Boolean)
    .join(', ')
  const change = item.lastChange
  return (
    <li data-agreement={item.id} data-status={item.status} style={{ marginBottom: '0.5rem' }}>
      <strong>{item.owner ?? t('noOwner')}</strong>: {item.what}
      {item.dueDate ? ` – ${formatDue(item.dueDate, today, locale)}` : ''} (
      {label('agreementStatus', item.status)})
      {followUp && (
        <div style={muted}>
          {t('followUpBy')}: {followUp}
        </div>
      )}
      {item.managerAnswerBy && (
        <div style={muted}>
          {t('answerBy')}: {formatDate(item.managerAnswerBy, 'dayWithWeekday', locale, today)}
        </div>
      )}
      {change?.from && (
        <div style={muted}>
          {t('statusChanged')} {formatDate(todayIso(new Date(change.at)), 'dayWithWeekday', locale, today)}:{' '}
          {label('agreementStatus', change.from)} → {label('agreementStatus', change.to)}
        </div>
      )}
      {change?.note && (
        <div data-note>
          {t('note')}: <q>{change.note}</q>
        </div>
      )}
    </li>
  )
}

/** The follow-up list wired to the server, updating itself when a course changes. */
export function LiveFollowUpList({ baseUrl = '', courseId }: { baseUrl?: string; courseId?: string }) {
  const { data, live, failed, markSeen } = useFollowUps(baseUrl)
  return (
    <FollowUpList
      data={data}
      live={live}
      failed={failed}
      onMarkSeen={(id) => void markSeen(id)}
      courseId={courseId}
    />
  )
}
