import { formatDue } from '../dates.ts'
import { useLocale } from '../locale.tsx'
import { big, button, heading, muted } from './styles.ts'
import { type CourseTextId, useCourseTexts } from './texts.ts'
import { type FollowUpCourse, type FollowUpItem, type FollowUps, useFollowUps } from './useFollowUps.ts'

export interface FollowUpListProps {
  data: FollowUps | null
  live: boolean
  failed?: boolean
  onMarkSeen?: (courseId: string) => void
}

const groups: { key: keyof Omit<FollowUpCourse, 'courseId' | 'title'>; title: CourseTextId }[] = [
  { key: 'overdue', title: 'overdue' },
  { key: 'dueSoon', title: 'dueSoon' },
  { key: 'awaitingManager', title: 'awaitingManager' },
  { key: 'changedSinceSeen', title: 'changedSinceSeen' },
]

/** The coordinator's follow-up list per course: overdue, due within a week, waiting, changed. */
export function FollowUpList({ data, live, failed = false, onMarkSeen }: FollowUpListProps) {
  const t = useCourseTexts()
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
      {data?.courses.map((course) => (
        <section key={course.courseId} aria-label={course.title} data-course={course.courseId}>
          <h3 style={{ fontSize: '1.4rem' }}>{course.title}</h3>
          {groups.map(({ key, title }) => (
            <div key={key} data-group={key}>
              <h4 style={{ margin: '0.75rem 0 0.25rem' }}>
                {t(title)} ({course[key].length})
              </h4>
              {course[key].length === 0 ? (
                <p style={muted}>{t('nothing')}</p>
              ) : (
                <ul>
                  {course[key].map((item) => (
                    <FollowUpLine key={item.id} item={item} today={data.today} />
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
      ))}
    </section>
  )
}

function FollowUpLine({ item, today }: { item: FollowUpItem; today: string }) {
  const t = useCourseTexts()
  const locale = useLocale()
  const followUp = [
    item.followUp.who,
    item.followUp.when && formatDue(item.followUp.when, today, locale),
    item.followUp.how,
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <li data-agreement={item.id} data-status={item.status}>
      <strong>{item.owner ?? '?'}</strong>: {item.what}
      {item.dueDate ? ` – ${formatDue(item.dueDate, today, locale)}` : ''} ({item.statusLabel})
      {followUp && (
        <span style={muted}>
          {' '}
          {t('followUpBy')}: {followUp}
        </span>
      )}
    </li>
  )
}

/** The follow-up list wired to the server, updating itself when a course changes. */
export function LiveFollowUpList({ baseUrl = '' }: { baseUrl?: string }) {
  const { data, live, failed, markSeen } = useFollowUps(baseUrl)
  return <FollowUpList data={data} live={live} failed={failed} onMarkSeen={(id) => void markSeen(id)} />
}
