import { type Actor, addAgendaItem, type CourseDoc, meetingsByDate, parkTopic } from '@bordenden/model'
import { type CaptureKind, currentMeetingOf } from '@bordenden/ui/panel'
import { PanelError } from './panel-error.ts'

/**
 * Puts confirmed, selected text into the course: a parked topic at the meeting going on (or the next
 * one), or a theme at the end of the next planned meeting's themes. The confirmation form has already
 * fitted the text to the kind (and said so). Throws a message to show when the course has no such
 * meeting.
 */
export function applyCapture(
  course: CourseDoc,
  kind: CaptureKind,
  text: string,
  actor: Actor,
  today: string,
) {
  if (kind === 'parkedTopic') {
    const meeting = currentMeetingOf(course, today)
    if (!meeting) throw new PanelError('captureNeedsMeeting')
    return parkTopic(course, meeting.id, { text }, actor)
  }
  const next = meetingsByDate(course).find((m) => m.status === 'planned' && m.date >= today)
  if (!next) throw new PanelError('captureNeedsPlannedMeeting')
  return addAgendaItem(course, next.id, { section: 'themes', title: text }, actor)
}
