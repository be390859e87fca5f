import {
  type AgendaItem,
  type DialoguePhase,
  type DialogueState,
  type Meeting,
  nextFloor,
  partyName,
} from '@bordenden/model'
import { useCourse } from '../live/CourseSession.tsx'
import { agendaItemById, meetingById } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'

export interface Turn {
  meeting: Meeting
  item: AgendaItem | undefined
  dialogue: DialogueState | null
  /** Who has the floor, by name; null while everyone makes the agreements together. */
  speaker: string | null
  /**
   * Who has the floor after the facilitator's next step, and in which phase: the next in the queue, the
   * citizen responding after the last of them, everyone making the agreements. Null when there is no step.
   */
  next: { name: string; phase: DialoguePhase } | null
  /** Who waits after `next`, in order. */
  waiting: string[]
}

/** The current item of a meeting and, for a theme, whose turn it is and who comes next. */
export function useTurn(meetingId: string): Turn | undefined {
  const { course } = useCourse()
  const locale = useLocale()
  const w = useWords()
  const meeting = useCourseQuery(course, meetingById, meetingId)
  const item = useCourseQuery(course, agendaItemById, meeting?.currentItemId)
  if (!meeting) return undefined
  const dialogue = item?.dialogue ?? null
  const floor = dialogue && nextFloor(meeting, dialogue)
  return {
    meeting,
    item,
    dialogue,
    speaker: dialogue?.speaker ? partyName(course, dialogue.speaker, locale) : null,
    next: floor
      ? {
          name: floor.speaker ? partyName(course, floor.speaker, locale) : w('together'),
          phase: floor.phase,
        }
      : null,
    waiting: (floor?.waiting ?? []).map((party) => partyName(course, party, locale)),
  }
}
