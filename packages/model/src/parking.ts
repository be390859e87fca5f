import { addAgendaItem } from './agenda.ts'
import type { CourseDoc } from './course.ts'
import { type Actor, entityBaseShape, fail, type ValidationIssue } from './entity.ts'
import { idSchema, requiredText, text } from './fields.ts'
import { checkParty, type Party, partySchema } from './party.ts'
import * as z from './zod.ts'

/**
 * The parking lot (parkerede emner): topics that come up but do not belong to the current item. Before
 * the meeting ends each is handled, or carried forward to a later meeting.
 */
export const ParkedTopicStatuses = ['parked', 'handled', 'carriedForward'] as const
export type ParkedTopicStatus = (typeof ParkedTopicStatuses)[number]

export const parkedTopicSchema = z.object({
  ...entityBaseShape,
  meetingId: idSchema,
  text: requiredText(500),
  raisedBy: partySchema.nullable().default(null),
  /** The agenda item being discussed when the topic was parked. */
  agendaItemId: idSchema.nullable().default(null),
  status: z.enum(ParkedTopicStatuses).default('parked'),
  note: text(1000).default(''),
})
export type ParkedTopic = z.infer<typeof parkedTopicSchema>
export type ParkedTopicInput = z.input<typeof parkedTopicSchema>

export function checkParkedTopic(course: CourseDoc, topic: ParkedTopic): ValidationIssue[] {
  const issues = checkParty(course, topic.raisedBy, 'raisedBy')
  if (!course.meetings.get(topic.meetingId)) issues.push({ path: 'meetingId', message: 'no such meeting' })
  if (
    topic.agendaItemId !== null &&
    course.agendaItems.get(topic.agendaItemId)?.meetingId !== topic.meetingId
  ) {
    issues.push({ path: 'agendaItemId', message: 'is not an agenda item of this meeting' })
  }
  return issues
}

/** Parks a topic during a meeting, by default at the item being discussed. */
export function parkTopic(
  course: CourseDoc,
  meetingId: string,
  topic: { text: string; raisedBy?: Party | null },
  actor: Actor,
  now = Date.now(),
): ParkedTopic {
  const meeting = course.meetings.getOrThrow(meetingId)
  if (meeting.status === 'closed') fail('parked topic', 'the meeting is closed', 'meetingId')
  return course.parkedTopics.create({ ...topic, meetingId, agendaItemId: meeting.currentItemId }, actor, now)
}

/** Takes a parked topic up as a theme of a planned meeting and marks it carried forward. */
export function carryForward(
  course: CourseDoc,
  topicId: string,
  toMeetingId: string,
  actor: Actor,
  now = Date.now(),
): ParkedTopic {
  const topic = course.parkedTopics.getOrThrow(topicId)
  const target = course.meetings.getOrThrow(toMeetingId)
  if (target.status !== 'planned') fail('parked topic', 'can only be carried forward to a planned meeting')
  return course.doc.transact(() => {
    addAgendaItem(course, toMeetingId, { section: 'themes', title: topic.text }, actor, now)
    const note = `Tema på mødet ${target.date}${target.title ? ` (${target.title})` : ''}`
    return course.parkedTopics.update(topicId, { status: 'carriedForward', note }, actor, now)
  })
}

/** The meeting's parking lot, in the order the topics were parked. */
export function parkedTopicsOf(course: CourseDoc, meetingId: string): ParkedTopic[] {
  return course.parkedTopics.list().filter((topic) => topic.meetingId === meetingId)
}
