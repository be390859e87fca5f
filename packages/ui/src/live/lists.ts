import { agreementsForGoal, type CourseDoc } from '@bordenden/model'

// The course's lists as the views ask for them through `useCourseQuery`: defined once here, so every
// view asking the same question shares one answer per change of the content.

export const peopleOf = (course: CourseDoc) => course.people.list()
export const personById = (course: CourseDoc, personId: string) => course.people.get(personId)
export const meetingById = (course: CourseDoc, meetingId: string) => course.meetings.get(meetingId)
export const agendaItemById = (course: CourseDoc, itemId: string | null | undefined) =>
  itemId ? course.agendaItems.get(itemId) : undefined
export const goalById = (course: CourseDoc, goalId: string) => course.goals.get(goalId)
export const agreementById = (course: CourseDoc, agreementId: string) => course.agreements.get(agreementId)
export const courseMeta = (course: CourseDoc) => course.readMeta()

/** Each goal with the agreements serving it, then the agreements that serve none. */
export function goalColumns(course: CourseDoc) {
  return {
    columns: course.goals.list().map((goal) => ({ goal, agreements: agreementsForGoal(course, goal.id) })),
    loose: course.agreements.list().filter((a) => a.goalId === null),
  }
}
