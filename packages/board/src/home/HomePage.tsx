import { forgetOfflineCourses } from '@bordenden/client'
import { useCallback, useEffect, useState } from 'react'
import { loginUrl } from '../login/next.ts'
import { useAsync } from '../useAsync.ts'
import { ApiError, api, type User } from './api.ts'
import { CoursePanel } from './CoursePanel.tsx'
import { NewCourseForm } from './NewCourseForm.tsx'
import { PageFrame } from './PageFrame.tsx'
import { useTexts } from './texts.ts'

type Who = { state: 'loading' } | { state: 'failed' } | { state: 'signed-in'; user: User }

/** `/`: a coordinator's courses. Visitors without a session are sent to sign in and brought back. */
export function HomePage() {
  const [who, setWho] = useState<Who>({ state: 'loading' })
  useEffect(() => {
    api.me().then(
      ({ user }) => setWho({ state: 'signed-in', user }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401)
          window.location.replace(loginUrl(window.location))
        else setWho({ state: 'failed' })
      },
    )
  }, [])
  const signOut = async () => {
    await api.logout().catch(() => {}) // signed out or not, the sign-in page is where to go
    // The next person at this computer must not find the courses the board kept for offline editing.
    await forgetOfflineCourses().catch(() => {})
    window.location.assign('/login')
  }
  if (who.state !== 'signed-in') {
    return (
      <PageFrame>
        <Pending failed={who.state === 'failed'} />
      </PageFrame>
    )
  }
  return (
    <PageFrame account={{ name: who.user.name, onSignOut: signOut }}>
      <MyCourses user={who.user} />
    </PageFrame>
  )
}

function Pending({ failed }: { failed: boolean }) {
  const t = useTexts()
  if (!failed) return <p>{t.loading}</p>
  return (
    <div role="alert">
      <p>{t.failed}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.retry}
      </button>
    </div>
  )
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
      <h1>{t.home.title}</h1>
      {user.role === 'admin' && <p>{t.home.adminNote}</p>}
      <p role="status" className="announcement">
        {announcement}
      </p>
      {courses.state === 'loading' && <p>{t.loading}</p>}
      {courses.state === 'failed' && <p role="alert">{t.failed}</p>}
      {courses.state === 'done' &&
        (courses.value.courses.length === 0 ? (
          <p>{t.home.none}</p>
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
                      {course.role === 'owner' ? t.home.roleOwner : t.home.roleCoordinator}
                    </span>
                    <a className="button" href={`/board/${encodeURIComponent(course.courseId)}`}>
                      {t.home.openBoard}
                    </a>
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={expanded}
                      aria-controls={panelId}
                      onClick={() => setOpen(expanded ? null : course.courseId)}
                    >
                      {expanded ? t.home.hide : t.home.manage}
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
      {user.role === 'coordinator' && (
        <NewCourseForm
          onCreated={(courseId, title) => {
            setAnnouncement(t.newCourse.created(title))
            setOpen(courseId)
            setVersion((v) => v + 1)
          }}
        />
      )}
    </>
  )
}
