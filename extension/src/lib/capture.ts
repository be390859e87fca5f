import { type Actor, addAgendaItem, type CourseDoc, meetingsByDate, parkTopic } from '@bordenden/model'
import { type CaptureKind, currentMeetingOf } from '@bordenden/ui/panel'

/**
 * Puts confirmed, selected text into the course: a parked topic at the meeting going on (or the next
 * one), or a theme at the end of the next planned meeting's themes. Throws a message to show when the
 * course has no such meeting.
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
    if (!meeting) throw new Error('Forløbet har intet møde, som teksten kan komme på.')
    return parkTopic(course, meeting.id, { text }, actor)
  }
  const next = meetingsByDate(course).find((m) => m.status === 'planned' && m.date >= today)
  if (!next) throw new Error('Forløbet har intet planlagt møde, som temaet kan komme på.')
  return addAgendaItem(course, next.id, { section: 'themes', title: text.slice(0, 200) }, actor)
}
