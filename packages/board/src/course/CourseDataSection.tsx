import { useId, useState } from 'react'
import { courseApi } from './api.ts'
import { usePageTexts } from './texts.ts'

type Deletion = { title: string; records: number; links: number }

/**
 * The citizen's data as a whole: their copy as a ZIP (GDPR art. 15 and 20), and deleting the course
 * before its retention period ends, in two steps: first what will go, then the title typed back.
 */
export function CourseDataSection({ courseId, onDeleted }: { courseId: string; onDeleted: () => void }) {
  const t = usePageTexts()
  const id = useId()
  const [deletion, setDeletion] = useState<Deletion | null>(null)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  const start = async () => {
    setFailed(false)
    try {
      setDeletion(await courseApi.deletion(courseId))
    } catch {
      setFailed(true)
    }
  }
  const confirm = async () => {
    setBusy(true)
    setFailed(false)
    try {
      await courseApi.deleteCourse(courseId, typed)
      onDeleted()
    } catch {
      setFailed(true)
      setBusy(false)
    }
  }

  return (
    <>
      <p>{t('courseData.exportIntro')}</p>
      <p>
        <a className="button" href={courseApi.exportUrl(courseId)} download>
          {t('courseData.export')}
        </a>
      </p>
      <p>{t('courseData.deleteIntro')}</p>
      {deletion === null ? (
        <button type="button" onClick={() => void start()}>
          {t('courseData.startDelete')}
        </button>
      ) : (
        <form
          className="course-delete"
          onSubmit={(event) => {
            event.preventDefault()
            void confirm()
          }}
        >
          <p>
            {t('courseData.summary', {
              records: t('courseData.records', { count: deletion.records }),
              links: t('courseData.links', { count: deletion.links }),
            })}
          </p>
          <label htmlFor={`${id}-title`}>{t('courseData.confirmLabel', { title: deletion.title })}</label>
          <input
            id={`${id}-title`}
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="danger" disabled={busy || typed.trim() !== deletion.title.trim()}>
            {t('courseData.confirm')}
          </button>
          <button type="button" onClick={() => setDeletion(null)}>
            {t('courseData.cancel')}
          </button>
        </form>
      )}
      {failed && <p role="alert">{t('courseData.failed')}</p>}
    </>
  )
}
