import { formatDate } from '@bordenden/text'
import { formatDue, todayIso } from '../dates.ts'
import { DisclosureHeading, useRememberedOpen } from '../disclosure.tsx'
import { useLabel, useLocale } from '../locale.tsx'
import { useMeasureTexts } from '../measures/texts.ts'
import { useFollowUpLines } from './followUpLines.ts'
import { type PlacedFollowUp, placeOnce } from './followUpPlaces.ts'
import { big, button, heading, muted } from './styles.ts'
import { useFollowUpListTexts, useFollowUpTexts } from './texts.ts'
import {
  type FollowUpCourse,
  type FollowUpGroup,
  FollowUpGroups,
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
  /** The signed-in person's id: which groups she closed is remembered in this browser for her. */
  rememberFor?: string
  /** False when the page around it already gives the list its heading. */
  titled?: boolean
}

/**
 * The coordinator's follow-up list per course: overdue, due within a week, follow-ups due, waiting for a
 * manager, changed since the last meeting and since last looked; each agreement once, under the most
 * urgent of these, with its follow-up and last note. Each group opens and closes.
 */
export function FollowUpList(props: FollowUpListProps) {
  const { data, live, failed = false, onMarkSeen, courseId, rememberFor, titled = true } = props
  const t = useFollowUpListTexts()
  // A course with nothing in any group is left out: there is nothing to follow up on there.
  const courses = data?.courses.filter(
    (c) => (courseId === undefined || c.courseId === courseId) && FollowUpGroups.some((g) => c[g].length > 0),
  )
  return (
    <section style={big} aria-labelledby={titled ? 'follow-ups-title' : undefined} aria-busy={data === null}>
      {titled && (
        <h2 id="follow-ups-title" style={heading}>
          {t('followUps')}
        </h2>
      )}
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
          <CourseFollowUps
            key={course.courseId}
            course={course}
            today={data.today}
            onMarkSeen={onMarkSeen}
            rememberFor={rememberFor}
          />
        ))}
    </section>
  )
}

function CourseFollowUps(props: {
  course: FollowUpCourse
  today: string
  onMarkSeen: FollowUpListProps['onMarkSeen']
  rememberFor: string | undefined
}) {
  const { course, today, onMarkSeen, rememberFor } = props
  const t = useFollowUpListTexts()
  const measureText = useMeasureTexts()
  return (
    <section aria-label={course.title} data-course={course.courseId}>
      <h3 style={{ fontSize: '1.4rem' }}>{course.title}</h3>
      {course.measurementDue && (
        <p data-measurement-due={course.measurementDue.occasion}>
          {measureText(`dueForCoordinator.${course.measurementDue.occasion}`)}
        </p>
      )}
      {placeOnce(course).map(({ group, items }) => (
        <FollowUpGroupList
          key={group}
          courseId={course.courseId}
          group={group}
          items={items}
          today={today}
          rememberAs={rememberFor && `${rememberFor}.follow-ups.${course.courseId}.${group}`}
        />
      ))}
      {onMarkSeen && course.changedSinceSeen.length > 0 && (
        <button type="button" style={button} onClick={() => onMarkSeen(course.courseId)}>
          {t('markSeen')}
        </button>
      )}
    </section>
  )
}

function FollowUpGroupList(props: {
  courseId: string
  group: FollowUpGroup
  items: PlacedFollowUp[]
  today: string
  rememberAs: string | undefined
}) {
  const { courseId, group, items } = props
  const t = useFollowUpListTexts()
  const groupText = useFollowUpTexts()
  const [open, setOpen] = useRememberedOpen(props.rememberAs)
  const listId = `follow-ups-${courseId}-${group}-list`
  return (
    <div data-group={group}>
      <DisclosureHeading
        level={4}
        id={`follow-ups-${courseId}-${group}`}
        open={open}
        onToggle={setOpen}
        controls={listId}
        style={{ margin: '0.75rem 0 0.25rem' }}
      >
        {groupText(group)} ({items.length})
      </DisclosureHeading>
      <div id={listId} hidden={!open}>
        {items.length === 0 ? (
          <p style={muted}>{t('nothing')}</p>
        ) : (
          <ul>
            {items.map((placed) => (
              <FollowUpLine key={placed.item.id} placed={placed} today={props.today} />
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}

function FollowUpLine({ placed, today }: { placed: PlacedFollowUp; today: string }) {
  const { item, alsoIn } = placed
  const t = useFollowUpListTexts()
  const lineText = useFollowUpTexts()
  const locale = useLocale()
  const label = useLabel()
  const lines = useFollowUpLines(item, today)
  const change = item.lastChange
  return (
    <li data-agreement={item.id} data-status={item.status} style={{ marginBottom: '0.5rem' }}>
      <strong>{item.owner ?? t('noOwner')}</strong>: {item.what}
      {item.dueDate ? ` – ${formatDue(item.dueDate, today, locale)}` : ''} (
      {label('agreementStatus', item.status)}){lines.followUp && <div style={muted}>{lines.followUp}</div>}
      {lines.answerBy && <div style={muted}>{lines.answerBy}</div>}
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
      {alsoIn.length > 0 && (
        <div style={muted} data-also-in={alsoIn.join(' ')}>
          {t('alsoIn')}: {alsoIn.map((group) => lineText(group)).join(' · ')}
        </div>
      )}
    </li>
  )
}

/** The follow-up list wired to the server, updating itself when a course changes. */
export function LiveFollowUpList({
  baseUrl = '',
  ...shown
}: { baseUrl?: string } & Pick<FollowUpListProps, 'courseId' | 'rememberFor' | 'titled'>) {
  const { data, live, failed, markSeen } = useFollowUps(baseUrl)
  return (
    <FollowUpList data={data} live={live} failed={failed} onMarkSeen={(id) => void markSeen(id)} {...shown} />
  )
}
