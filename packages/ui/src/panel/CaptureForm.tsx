import { formatNumber } from '@bordenden/text'
import { useId, useState } from 'react'
import { useLocale } from '../locale.tsx'
import { usePanelText } from './texts.ts'
import { ActionResult, useAction } from './useAction.tsx'

/** What selected text becomes: a parked topic at the meeting, or a theme on the next meeting's agenda. */
export type CaptureKind = 'parkedTopic' | 'theme'

/** The most each kind holds (the model's limits: a parked topic's text, a theme's title). */
const captureLimits: Readonly<Record<CaptureKind, number>> = { parkedTopic: 500, theme: 200 }
const longest = Math.max(...Object.values(captureLimits))

export interface CaptureFormProps {
  /** The selected text, perhaps already cut short; `length` is how long the selection was. */
  text: string
  length: number
  courses: { courseId: string; title: string }[]
  initialCourseId: string | null
  /** Resolves when the text is in the course; rejects with a message to show. */
  onConfirm(courseId: string, kind: CaptureKind, text: string): Promise<void>
  onCancel(): void
}

/**
 * The confirmation step of "Tilføj markeret tekst til forløbet": nothing is sent until the person has
 * seen the text, chosen the course and the kind, and pressed Tilføj. It says that the text goes to the
 * shared board and the record, and the text can still be trimmed; when it is (or will be) shorter than
 * what was selected, the form says so before anything is sent.
 */
export function CaptureForm({
  text,
  length,
  courses,
  initialCourseId,
  onConfirm,
  onCancel,
}: CaptureFormProps) {
  const t = usePanelText()
  const locale = useLocale()
  const id = useId()
  const [initial] = useState(() => text.slice(0, longest))
  const [value, setValue] = useState(initial)
  const [courseId, setCourseId] = useState(initialCourseId ?? courses[0]?.courseId ?? '')
  const [kind, setKind] = useState<CaptureKind>('parkedTopic')
  const { busy, message, run } = useAction()
  const limit = captureLimits[kind]
  const count = (n: number) => formatNumber(n, locale)
  const notices = [
    length > initial.length && t('captureShortened', { length: count(length), kept: count(initial.length) }),
    value.trim().length > limit && t('captureThemeTooLong', { limit: count(limit) }),
  ].filter((notice) => notice !== false)

  return (
    <form
      className="bd-form bd-capture"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        void run(() => onConfirm(courseId, kind, value.trim().slice(0, limit)))
      }}
    >
      <h2 id={`${id}-title`}>{t('capture')}</h2>
      {/* Journal text is health information: said before it is sent, where it can still be trimmed. */}
      <p id={`${id}-shared`} className="bd-caution">
        {t('captureShared')}
      </p>
      <label htmlFor={`${id}-text`}>{t('selectedText')}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        maxLength={longest}
        required
        value={value}
        aria-describedby={notices.length > 0 ? `${id}-shared ${id}-shortened` : `${id}-shared`}
        onChange={(e) => setValue(e.target.value)}
      />
      {notices.length > 0 && (
        <div id={`${id}-shortened`} className="bd-notice">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
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
