import type { MeetingFeedbackAnswers } from '@bordenden/model'
import { FollowUpGuideForm, formatDate, useLocale } from '@bordenden/ui'
import { useCallback, useId, useState } from 'react'
import type { MeetingSummary } from '../home/api.ts'
import { errorMessage } from '../home/FormError.tsx'
import { useTexts } from '../home/texts.ts'
import { useAsync } from '../useAsync.ts'
import { courseApi } from './api.ts'
import { usePageTexts } from './texts.ts'

/**
 * The follow-up guide and the meeting evaluation of a held meeting, answered by the citizen with the
 * coordinator. The earlier answers are read only when the guide is opened: reading them is logged.
 */
export function FeedbackSection({ courseId, meetings }: { courseId: string; meetings: MeetingSummary[] }) {
  const t = usePageTexts()
  const locale = useLocale()
  const id = useId()
  const held = meetings.filter((m) => m.status !== 'planned')
  const [meetingId, setMeetingId] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const meeting = held.find((m) => m.id === meetingId) ?? held.at(-1)
  if (!meeting) return <p>{t('feedback.none')}</p>
  return (
    <>
      <p>{t('feedback.intro')}</p>
      <div className="stacked-form">
        <label>
          {t('feedback.meeting')}
          <select
            value={meeting.id}
            onChange={(e) => {
              setMeetingId(e.target.value)
              setOpen(false)
            }}
          >
            {held.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title} – {formatDate(m.date, 'dayWithWeekday', locale)}
              </option>
            ))}
          </select>
        </label>
        <p>
          <button
            type="button"
            className="secondary"
            aria-expanded={open}
            aria-controls={`${id}-guide`}
            onClick={() => setOpen(!open)}
          >
            {open ? t('feedback.close') : t('feedback.open')}
          </button>
        </p>
      </div>
      <div id={`${id}-guide`}>
        {open && <MeetingGuide key={meeting.id} courseId={courseId} meeting={meeting} />}
      </div>
    </>
  )
}

function MeetingGuide({ courseId, meeting }: { courseId: string; meeting: MeetingSummary }) {
  const home = useTexts()
  const locale = useLocale()
  const earlier = useAsync(
    useCallback(() => courseApi.feedback(courseId, meeting.id), [courseId, meeting.id]),
  )
  if (earlier.state === 'loading') return <p>{home('loading')}</p>
  if (earlier.state === 'failed') return <p role="alert">{home('failed')}</p>
  const save = async (answers: MeetingFeedbackAnswers) => {
    try {
      await courseApi.saveFeedback(courseId, meeting.id, answers)
    } catch (error) {
      // The form shows a thrown error's message as it is.
      throw new Error(errorMessage(error, locale, home('failed')))
    }
  }
  return <FollowUpGuideForm meetingTitle={meeting.title} initial={earlier.value.feedback} onSubmit={save} />
}
