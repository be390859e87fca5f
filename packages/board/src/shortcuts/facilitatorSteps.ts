import {
  advanceAgenda,
  agendaOf,
  type CourseDoc,
  type IsoDate,
  meetingInFocus,
  nextTurn,
  ValidationError,
} from '@bordenden/model'

/**
 * The two steps a facilitator takes most often in a meeting, as the shortcuts take them: the same model
 * operations as the panel's buttons, which name the item or step they leave, so a key pressed twice (or
 * on two screens) moves once. Each returns whether it did anything.
 */
export function nextAgendaItem(course: CourseDoc, today: IsoDate, actor: string): boolean {
  const meeting = meetingInFocus(course, today)
  if (meeting?.status !== 'open') return false
  if (agendaOf(course, meeting.id).at(-1)?.id === meeting.currentItemId) return false
  return refusedAsFalse(() => advanceAgenda(course, meeting.id, meeting.currentItemId, actor).applied)
}

export function nextSpeaker(course: CourseDoc, today: IsoDate, actor: string): boolean {
  const meeting = meetingInFocus(course, today)
  if (meeting?.status !== 'open' || !meeting.currentItemId) return false
  const item = course.agendaItems.get(meeting.currentItemId)
  const dialogue = item?.dialogue
  if (!item || !dialogue || !['citizenTells', 'participantRound'].includes(dialogue.phase)) return false
  return refusedAsFalse(() => nextTurn(course, item.id, dialogue.step, actor).applied)
}

/** A step the model refuses (the meeting moved on meanwhile) is simply not taken. */
function refusedAsFalse(step: () => boolean): boolean {
  try {
    return step()
  } catch (caught) {
    if (caught instanceof ValidationError) return false
    throw caught
  }
}
