import { CourseProgress, CourseTimeline, LiveFollowUpList } from '@bordenden/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { ApiError, api, type MeetingSummary } from '../home/api.ts'
import { SignedInPage } from '../home/SignedInPage.tsx'
import { useTexts } from '../home/texts.ts'
import { OutcomeMeasures } from '../measures/OutcomeMeasures.tsx'
import { CitizenSuggestions } from '../suggestions/CitizenSuggestions.tsx'
import { courseApi, type Lifecycle } from './api.ts'
import { ClosingSection } from './ClosingSection.tsx'
import { CourseDataSection } from './CourseDataSection.tsx'
import { FeedbackSection } from './FeedbackSection.tsx'
import { HandoverSection } from './HandoverSection.tsx'
import { MailNotice, MailSection } from './MailSection.tsx'
import { PageSection, sectionIds } from './PageSection.tsx'
import { PhaseControls } from './PhaseControls.tsx'
import { RecordsSection } from './RecordsSection.tsx'
import { RegistrationsSection } from './RegistrationsSection.tsx'
import { usePageTexts } from './texts.ts'
import { useServerData } from './useServerData.ts'

/**
 * `/?course=<id>`: one course for its coordinators, between and after meetings: phase and checklists,
 * the agreement records, follow-up, the follow-up guide, the timeline and closing.
 */
export function CoursePage({ courseId }: { courseId: string }) {
  return <SignedInPage>{(user) => <CourseView courseId={courseId} userId={user.id} />}</SignedInPage>
}

function CourseView({ courseId, userId }: { courseId: string; userId: string }) {
  const t = usePageTexts()
  const home = useTexts()
  const [checklistMeeting, setChecklistMeeting] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const course = useServerData(
    useCallback(() => Promise.all([api.course(courseId), api.meetings(courseId)]), [courseId]),
  )
  const lifecycle = useServerData(
    useCallback(() => courseApi.lifecycle(courseId, checklistMeeting), [courseId, checklistMeeting]),
  )
  const records = useServerData(useCallback(() => courseApi.records(courseId), [courseId]))
  const measuresRoute = useMemo(() => ({ courseId }), [courseId])
  const title = course.value?.[0].course.title
  const appName = home('appName')
  useEffect(() => {
    if (title) document.title = `${title} – ${appName}`
  }, [title, appName])

  if (!course.value) {
    if (!course.error) return <p>{home('loading')}</p>
    const refused = course.error instanceof ApiError && course.error.status === 403
    return <p role="alert">{refused ? t('notFound') : home('failed')}</p>
  }
  const [{ course: summary }, { meetings }] = course.value
  /** After a change: what it touched is read again, then the change is announced. */
  const after =
    (...reloads: (() => Promise<void>)[]) =>
    async (text: string) => {
      await Promise.all(reloads.map((reload) => reload()))
      setAnnouncement(text)
    }
  const afterPhase = after(lifecycle.reload)
  const afterRecord = after(records.reload, lifecycle.reload)

  return (
    <>
      <p className="course-page-links">
        <a href="/">{t('backHome')}</a>
        <a className="button" href={`/board/${encodeURIComponent(courseId)}`}>
          {t('openBoard')}
        </a>
      </p>
      <h1>{summary.title}</h1>
      <nav aria-label={t('contents')} className="course-contents">
        <ul>
          {sectionIds.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`sections.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" className="announcement">
        {announcement}
      </p>
      <PageSection id="progress" rememberFor={userId}>
        {lifecycle.error !== null && <p role="alert">{home('failed')}</p>}
        {lifecycle.value && (
          <Progress
            courseId={courseId}
            lifecycle={lifecycle.value}
            meetings={meetings}
            onMeeting={setChecklistMeeting}
            onTicked={lifecycle.reload}
            onTickFailed={() => setAnnouncement(t('tickFailed'))}
          />
        )}
        {lifecycle.value && (
          <PhaseControls courseId={courseId} lifecycle={lifecycle.value} onChanged={afterPhase} />
        )}
      </PageSection>
      <PageSection id="records" rememberFor={userId}>
        {records.error !== null && <p role="alert">{home('failed')}</p>}
        <MailNotice courseId={courseId} />
        {records.value && (
          <RecordsSection
            courseId={courseId}
            meetings={meetings}
            records={records.value.records}
            onChanged={afterRecord}
          />
        )}
      </PageSection>
      <PageSection id="followUps" rememberFor={userId}>
        <LiveFollowUpList courseId={courseId} rememberFor={userId} titled={false} />
        <CitizenSuggestions courseId={courseId} />
      </PageSection>
      <PageSection id="afterMeeting" rememberFor={userId}>
        <FeedbackSection courseId={courseId} meetings={meetings} />
      </PageSection>
      <PageSection id="measures" rememberFor={userId}>
        <OutcomeMeasures route={measuresRoute} asCitizen={false} />
      </PageSection>
      <PageSection id="registrations" rememberFor={userId}>
        <RegistrationsSection courseId={courseId} meetings={meetings} />
      </PageSection>
      <PageSection id="mail" rememberFor={userId}>
        <MailSection courseId={courseId} announce={setAnnouncement} />
      </PageSection>
      <PageSection id="handover" rememberFor={userId}>
        <HandoverSection
          courseId={courseId}
          isOwner={summary?.role === 'owner'}
          onHandedOver={course.reload}
        />
      </PageSection>
      <PageSection id="timeline" rememberFor={userId}>
        {lifecycle.value && <CourseTimeline events={lifecycle.value.timeline} titled={false} />}
      </PageSection>
      <PageSection id="closing" rememberFor={userId}>
        {lifecycle.value && (
          <ClosingSection
            courseId={courseId}
            lifecycle={lifecycle.value}
            meetings={meetings}
            onChanged={afterPhase}
          />
        )}
      </PageSection>
      <PageSection id="courseData" rememberFor={userId}>
        <CourseDataSection courseId={courseId} onDeleted={() => window.location.assign('/')} />
      </PageSection>
    </>
  )
}

/** The phases and checklists, with the meeting the per-meeting checklists (phase 2) are ticked for. */
function Progress(props: {
  courseId: string
  lifecycle: Lifecycle
  meetings: MeetingSummary[]
  onMeeting: (meetingId: string) => void
  onTicked: () => Promise<void>
  onTickFailed: () => void
}) {
  const { courseId, lifecycle, meetings } = props
  return (
    <CourseProgress
      titled={false}
      phase={lifecycle.phase ?? 'referral'}
      phaseBeforePause={lifecycle.phaseBeforePause}
      checklists={lifecycle.checklists}
      meetingTitle={meetings.find((m) => m.id === lifecycle.meetingId)?.title}
      meetingChoice={meetings.length > 0 ? { meetings, onChoose: props.onMeeting } : undefined}
      onTick={(itemId, checked, meetingId) =>
        courseApi.tick(courseId, itemId, checked, meetingId).then(props.onTicked, (error: unknown) => {
          props.onTickFailed()
          throw error
        })
      }
    />
  )
}
