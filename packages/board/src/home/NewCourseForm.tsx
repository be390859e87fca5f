import { type FormEvent, useState } from 'react'
import { api } from './api.ts'
import { FormError } from './FormError.tsx'
import { useTexts } from './texts.ts'
import { useAction } from './useAction.ts'

/** A coordinator creates a course and becomes its owner. */
export function NewCourseForm({ onCreated }: { onCreated: (courseId: string, title: string) => void }) {
  const t = useTexts()
  const [title, setTitle] = useState('')
  const [citizenName, setCitizenName] = useState('')
  const { busy, error, run } = useAction()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      const { course } = await api.createCourse(title.trim(), citizenName.trim())
      onCreated(course.id, title.trim())
      setTitle('')
      setCitizenName('')
    })
  }

  return (
    <form className="home-card stacked-form" onSubmit={submit}>
      <h2>{t('newCourse.title')}</h2>
      <label>
        {t('newCourse.courseTitle')}
        <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('newCourse.citizenName')}
        <input
          required
          maxLength={200}
          autoComplete="off"
          value={citizenName}
          onChange={(e) => setCitizenName(e.target.value)}
        />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={busy}>
        {t('newCourse.submit')}
      </button>
    </form>
  )
}
