import { type ClosureInput, closingReasonOf, closingReasonTexts } from '@bordenden/model'
import { ClosingForm, useLocale } from '@bordenden/ui'
import type { MeetingSummary } from '../home/api.ts'
import { errorMessage } from '../home/FormError.tsx'
import { courseApi, type Lifecycle } from './api.ts'
import { usePageTexts } from './texts.ts'

export interface ClosingSectionProps {
  courseId: string
  lifecycle: Lifecycle
  meetings: MeetingSummary[]
  onChanged: (announcement: string) => Promise<void>
}

/**
 * Closing the course: the services the citizen coordinates alone and a named lifeline, or, once closed,
 * what was decided. Not while a meeting is going on (the server refuses it then).
 */
export function ClosingSection({ courseId, lifecycle, meetings, onChanged }: ClosingSectionProps) {
  const t = usePageTexts()
  const locale = useLocale()
  const { closure } = lifecycle
  if (closure) {
    const reason = closingReasonOf(closure)
    return (
      <div className="closure">
        <p>{t('closing.closed')}</p>
        <p data-closing-reason={reason.code}>
          {t('closing.reason')}: {closingReasonTexts[reason.code][locale]}
          {reason.text && ` (${reason.text})`}
        </p>
        <h3>{t('closing.services')}</h3>
        {closure.services.length === 0 ? (
          <p>{t('closing.noServices')}</p>
        ) : (
          <ul>
            {closure.services.map((s) => (
              <li key={s.what}>{[s.what, s.provider, s.contact].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        )}
        <h3>{t('closing.lifeline')}</h3>
        <p>{[closure.lifeline.name, closure.lifeline.contact].filter(Boolean).join(', ')}</p>
        {closure.note && <p>{closure.note}</p>}
      </div>
    )
  }
  const open = meetings.find((m) => m.status === 'open')
  if (open) {
    return <p>{t('closing.meetingOpen', { title: open.title })}</p>
  }
  const close = async (input: ClosureInput) => {
    try {
      await courseApi.close(courseId, input)
    } catch (error) {
      // The form shows a thrown error's message as it is.
      throw new Error(errorMessage(error, locale, t('closing.failed')))
    }
    await onChanged(t('closing.done'))
  }
  // The form brings its own heading ("Afslut forløbet").
  return <ClosingForm people={invitedPeople(meetings)} onSubmit={close} />
}

/** Everyone invited to a meeting of the course, once each: the people the lifeline is usually among. */
function invitedPeople(meetings: MeetingSummary[]): { id: string; name: string }[] {
  const people = new Map<string, string>()
  for (const meeting of meetings)
    for (const invitee of meeting.invitees) if (invitee.name) people.set(invitee.personId, invitee.name)
  return [...people].map(([id, name]) => ({ id, name }))
}
