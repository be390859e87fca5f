import { type CourseDoc, type IsoDate, meetingInFocus } from '@bordenden/model'
import type { WordId } from '@bordenden/ui'
import type { BoardPage } from './canvas/pages.ts'

/** What an empty board says, and the step it offers (for those who may take it). */
export interface EmptyBoard {
  says: WordId
  offers: WordId
}

/** A board with nothing on it yet, and what to do first; null when the board has content. */
export function emptyBoard(board: BoardPage, course: CourseDoc, today: IsoDate): EmptyBoard | null {
  switch (board) {
    case 'network':
      return course.people.list().some((p) => !p.excludedByCitizen)
        ? null
        : { says: 'presentNoPeople', offers: 'addFirstPerson' }
    case 'agenda':
      return meetingInFocus(course, today) ? null : { says: 'noMeeting', offers: 'planFirstMeeting' }
    case 'goals':
      return course.goals.list().length > 0 || course.agreements.list().length > 0
        ? null
        : { says: 'presentNoGoals', offers: 'addFirstGoal' }
  }
}
