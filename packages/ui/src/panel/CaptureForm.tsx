import { useId, useState } from 'react'
import { usePanelText } from './texts.ts'
import { ActionResult, useAction } from './useAction.tsx'

/** What selected text becomes: a parked topic at the meeting, or a theme on the next meeting's agenda. */
export type CaptureKind = 'parkedTopic' | 'theme'

export interface CaptureFormProps {
  text: string
  courses: { courseId: string; title: string }[]
  initialCourseId: string | null
  /** Resolves when the text is in the course; rejects with a message to show. */
  onConfirm(courseId: string, kind: CaptureKind, text: string): Promise<void>
  onCancel(): void
}

/**
 * The confirmation step of "Tilføj markeret tekst til forløbet": nothing is sent until the person has
 * seen the text, chosen the course and the kind, and pressed Tilføj. The text can still be edited.
 */
export function CaptureForm({ text, courses, initialCourseId, onConfirm, onCancel }: CaptureFormProps) {
  const t = usePanelText()
  const id = useId()
  const [value, setValue] = useState(text.slice(0, 500))
  const [courseId, setCourseId] = useState(initialCourseId ?? courses[0]?.courseId ?? '')
  const [kind, setKind] = useState<CaptureKind>('parkedTopic')
  const { busy, message, run } = useAction()

  return (
    <form
      className="bd-form bd-capture"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        void run(() => onConfirm(courseId, kind, value.trim()))
      }}
    >
      <h2 id={`${id}-title`}>{t('capture')}</h2>
      <label htmlFor={`${id}-text`}>{t('selectedText')}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        maxLength={500}
        required
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <label htmlFor={`${id}-course`}>{t('course')}</label>
      <select id={`${id}-course`} value={courseId} onChange={(e) => setCourseId(e.target.value)} required>
        {courses.map((c) => (
          <option key={c.courseId} value={c.courseId}>
            {c.title}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('captureKind')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'parkedTopic'}
            onChange={() => setKind('parkedTopic')}
          />{' '}
          {t('kindParked')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'theme'}
            onChange={() => setKind('theme')}
          />{' '}
          {t('kindTheme')}
        </label>
      </fieldset>
      <div className="bd-actions">
        <button type="submit" disabled={busy || !courseId}>
          {t('add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <ActionResult message={message} />
    </form>
  )
}
