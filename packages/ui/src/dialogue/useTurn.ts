import { type AgendaItem, type DialogueState, type Meeting, partyName } from '@bordenden/model'
import { useCourse } from '../live/CourseSession.tsx'
import { useLocale } from '../locale.tsx'

export interface Turn {
  meeting: Meeting
  item: AgendaItem | undefined
  dialogue: DialogueState | null
  /** Who has the floor, by name; null while everyone makes the agreements together. */
  speaker: string | null
  queue: string[]
}

/** The current item of a meeting and, for a theme, whose turn it is and who waits. */
export function useTurn(meetingId: string): Turn | undefined {
  const { course } = useCourse()
  const locale = useLocale()
  const meeting = course.meetings.get(meetingId)
  if (!meeting) return undefined
  const item = meeting.currentItemId ? course.agendaItems.get(meeting.currentItemId) : undefined
  const dialogue = item?.dialogue ?? null
  return {
    meeting,
    item,
    dialogue,
    speaker: dialogue?.speaker ? partyName(course, dialogue.speaker, locale) : null,
    queue: (dialogue?.queue ?? []).map((party) => partyName(course, party, locale)),
  }
}
