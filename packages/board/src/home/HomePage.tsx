import { LiveFollowUpList } from '@bordenden/ui'
import { useCallback, useState } from 'react'
import { coursePageUrl } from '../route.ts'
import { useAsync } from '../useAsync.ts'
import { api, type User } from './api.ts'
import { CoursePanel } from './CoursePanel.tsx'
import { NewCourseForm } from './NewCourseForm.tsx'
import { PasswordForm } from './PasswordForm.tsx'
import { SignedInPage } from './SignedInPage.tsx'
import { useTexts } from './texts.ts'

/** `/`: a coordinator's courses and what to follow up on. */
export function HomePage() {
  return <SignedInPage>{(user) => <MyCourses user={user} />}</SignedInPage>
}

function MyCourses({ user }: { user: User }) {
  const t = useTexts()
  const [version, setVersion] = useState(0)
  const [open, setOpen] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger
  const courses = useAsync(useCallback(() => api.courses(), [version]))

  return (
    <>
      <h1>{t('home.title')}</h1>
      {user.role === 'admin' && <p>{t('home.adminNote')}</p>}
      <p role="status" className="announcement">
        {announcement}
      </p>
      {courses.state === 'loading' && <p>{t('loading')}</p>}
      {courses.state === 'failed' && <p role="alert">{t('failed')}</p>}
      {courses.state === 'done' &&
        (courses.value.courses.length === 0 ? (
          <p>{t('home.none')}</p>
        ) : (
          <ul className="course-list">
            {courses.value.courses.map((course) => {
              const expanded = open === course.courseId
              const panelId = `course-${course.courseId}`
              return (
                <li key={course.courseId} className="home-card">
                  <div className="course-heading">
                    <h2>{course.title}</h2>
                    <span className="course-role">
                      {course.role === 'owner' ? t('home.roleOwner') : t('home.roleCoordinator')}
                    </span>
                    <a className="button" href={coursePageUrl(course.courseId)}>
                      {t('home.openCourse')}
                      <span className="visually-hidden"> {course.title}</span>
                    </a>
                    <a className="button" href={`/board/${encodeURIComponent(course.courseId)}`}>
                      {t('home.openBoard')}
                      <span className="visually-hidden"> {course.title}</span>
                    </a>
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={expanded}
                      aria-controls={panelId}
                      onClick={() => setOpen(expanded ? null : course.courseId)}
                    >
                      {expanded ? t('home.hide') : t('home.manage')}
                      <span className="visually-hidden"> {course.title}</span>
                    </button>
                  </div>
                  {expanded && (
                    <CoursePanel id={panelId} courseId={course.courseId} announce={setAnnouncement} />
                  )}
                </li>
              )
            })}
          </ul>
        ))}
      {courses.state === 'done' && courses.value.courses.length > 0 && (
        <div className="home-card">
          <LiveFollowUpList rememberFor={user.id} />
        </div>
      )}
      {user.role === 'coordinator' && (
        <NewCourseForm
          onCreated={(courseId, title) => {
            setAnnouncement(t('newCourse.created', { title }))
            setOpen(courseId)
            setVersion((v) => v + 1)
          }}
        />
      )}
      <PasswordForm announce={setAnnouncement} />
    </>
  )
}
