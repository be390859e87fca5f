import {
  agendaOf,
  CourseDoc,
  dateIn,
  goToAgendaItem,
  meetingInFocus,
  openMeeting,
  startDialogue,
  themesOf,
} from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { nextAgendaItem, nextSpeaker } from './facilitatorSteps.ts'

// The demo's days are offsets from the day it is made: today, by the tests' clock.
const today = dateIn()

function meetingDay() {
  const course = new CourseDoc(new Y.Doc(), new Y.Doc())
  seedDemoCourse(course, { today })
  const meeting = meetingInFocus(course, today)
  if (!meeting) throw new Error('the demo has no meeting in focus')
  return { course, meetingId: meeting.id }
}

const current = (course: CourseDoc, meetingId: string) => course.meetings.getOrThrow(meetingId).currentItemId

describe("the facilitator's shortcut steps", () => {
  it('moves to the next item only while the meeting runs, and not past the last', () => {
    const { course, meetingId } = meetingDay()
    expect(nextAgendaItem(course, today, 'mette')).toBe(false)
    openMeeting(course, meetingId, 'mette')
    const items = agendaOf(course, meetingId)
    expect(nextAgendaItem(course, today, 'mette')).toBe(true)
    expect(current(course, meetingId)).toBe(items[1]?.id)
    goToAgendaItem(course, meetingId, current(course, meetingId), items.at(-1)?.id ?? '', 'mette')
    expect(nextAgendaItem(course, today, 'mette')).toBe(false)
  })

  it('gives the floor on only while a theme is in its round', () => {
    const { course, meetingId } = meetingDay()
    openMeeting(course, meetingId, 'mette')
    expect(nextSpeaker(course, today, 'mette')).toBe(false)
    const theme = themesOf(course, meetingId)[0]
    if (!theme) throw new Error('the demo meeting has no theme')
    goToAgendaItem(course, meetingId, current(course, meetingId), theme.id, 'mette')
    expect(nextSpeaker(course, today, 'mette')).toBe(false)
    startDialogue(course, theme.id, 'mette')
    const before = course.agendaItems.getOrThrow(theme.id).dialogue?.step
    expect(nextSpeaker(course, today, 'mette')).toBe(true)
    expect(course.agendaItems.getOrThrow(theme.id).dialogue?.step).toBe((before ?? 0) + 1)
  })
})
