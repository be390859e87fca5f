import { describe, expect, it } from 'vitest'
import {
  addAgendaItem,
  advanceAgenda,
  agendaOf,
  goToAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  themesOf,
} from './agenda.ts'
import { startDialogue } from './dialogue.ts'
import { closeMeeting, createMeeting, openMeeting } from './meeting.ts'
import { carryForward, parkedTopicsOf, parkTopic } from './parking.ts'
import { citizen } from './party.ts'
import { meetingAtFirstTheme, minutes, newCourse, replica, sync, T0 } from './test-fixtures.ts'

describe('the agenda', () => {
  it('adds a theme after the other themes, before the closing items', () => {
    const course = newCourse()
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01', themes: ['Bolig'] }, 'test')
    addAgendaItem(course, id, { section: 'themes', title: 'Økonomi' }, 'test')
    addAgendaItem(course, id, { section: 'opening', title: 'Runde' }, 'test')
    expect(agendaOf(course, id).map((i) => i.title)).toEqual([
      'Velkomst og formål',
      'Runde',
      'Bolig',
      'Økonomi',
      'Opsummering: hvem gør hvad hvornår',
      'Evaluering',
    ])
  })

  it('reorders items within their section', () => {
    const course = newCourse()
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01', themes: ['A', 'B', 'C'] }, 'test')
    const c = themesOf(course, id)[2]?.id ?? ''
    moveAgendaItem(course, c, 0, 'test')
    expect(themesOf(course, id).map((i) => i.title)).toEqual(['C', 'A', 'B'])
    expect(agendaOf(course, id)[0]?.title).toBe('Velkomst og formål')
  })

  it('advances one item at a time and treats a stale advance as a no-op', () => {
    const course = newCourse()
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01', themes: ['A'] }, 'test')
    openMeeting(course, id, 'test', T0)
    const [first, second, third] = agendaOf(course, id)
    const moved = advanceAgenda(course, id, first?.id ?? null, 'test', T0 + 5)
    expect(moved.applied).toBe(true)
    expect(moved.value).toMatchObject({ currentItemId: second?.id, currentItemSince: T0 + 5 })
    // Someone whose screen still showed the first item clicks "next" too.
    const stale = advanceAgenda(course, id, first?.id ?? null, 'test', T0 + 6)
    expect(stale.applied).toBe(false)
    expect(course.meetings.getOrThrow(id).currentItemId).toBe(second?.id)
    expect(advanceAgenda(course, id, second?.id ?? null, 'test').value.currentItemId).toBe(third?.id)
    // Jumping back works from the current item only, too.
    expect(goToAgendaItem(course, id, second?.id ?? null, first?.id ?? '', 'test').applied).toBe(false)
    expect(goToAgendaItem(course, id, third?.id ?? null, first?.id ?? '', 'test').value.currentItemId).toBe(
      first?.id,
    )
  })

  it('moves on once when two replicas advance from the same item concurrently', () => {
    const a = newCourse()
    const { meetingId, themeIds } = meetingAtFirstTheme(a, { themes: ['A', 'B'] })
    const b = replica(a)
    advanceAgenda(a, meetingId, themeIds[0] ?? null, 'anna', minutes(30))
    advanceAgenda(b, meetingId, themeIds[0] ?? null, 'bo', minutes(30))
    sync(a, b)
    expect(a.meetings.getOrThrow(meetingId).currentItemId).toBe(themeIds[1])
    expect(b.meetings.getOrThrow(meetingId).currentItemId).toBe(themeIds[1])
  })

  it('refuses to advance past the last item or while the meeting is not open', () => {
    const course = newCourse()
    const { id } = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test')
    expect(() => advanceAgenda(course, id, null, 'test')).toThrow(/only while the meeting is open/)
    openMeeting(course, id, 'test')
    const last = agendaOf(course, id).at(-1)?.id ?? ''
    goToAgendaItem(course, id, course.meetings.getOrThrow(id).currentItemId, last, 'test')
    expect(() => advanceAgenda(course, id, last, 'test')).toThrow(/close the meeting instead/)
  })

  it('does not remove the current item, a discussed theme, or anything of a closed meeting', () => {
    const course = newCourse()
    const { meetingId, themeIds } = meetingAtFirstTheme(course, { themes: ['A', 'B', 'C'] })
    const [a, b, c] = themeIds as [string, string, string]
    expect(() => removeAgendaItem(course, a)).toThrow(/is being discussed now/)
    startDialogue(course, a, 'test')
    goToAgendaItem(course, meetingId, a, b, 'test')
    expect(() => removeAgendaItem(course, a)).toThrow(/its dialogue has started/)
    removeAgendaItem(course, c)
    expect(themesOf(course, meetingId).map((t) => t.title)).toEqual(['A', 'B'])
    closeMeeting(course, meetingId, 'test')
    expect(() => addAgendaItem(course, meetingId, { section: 'themes', title: 'D' }, 'test')).toThrow(
      /closed/,
    )
    expect(() => moveAgendaItem(course, b, 0, 'test')).toThrow(/closed/)
    expect(themesOf(course, meetingId).map((t) => t.title)).toEqual(['A', 'B'])
  })
})

describe('the parking lot', () => {
  it('parks a topic at the current item and carries it forward as a theme of a planned meeting', () => {
    const course = newCourse()
    const { meetingId, themeIds } = meetingAtFirstTheme(course)
    const topic = parkTopic(course, meetingId, { text: 'Tandpine', raisedBy: citizen }, 'test')
    expect(topic).toMatchObject({ agendaItemId: themeIds[0], status: 'parked', raisedBy: citizen })
    const next = createMeeting(course, { title: 'Næste', date: '2025-07-01', themes: ['Bolig'] }, 'test')
    expect(() => carryForward(course, topic.id, meetingId, 'test')).toThrow(/planned meeting/)
    carryForward(course, topic.id, next.id, 'test')
    expect(themesOf(course, next.id).map((t) => t.title)).toEqual(['Bolig', 'Tandpine'])
    expect(parkedTopicsOf(course, meetingId)[0]).toMatchObject({ status: 'carriedForward' })
    closeMeeting(course, meetingId, 'test')
    expect(() => parkTopic(course, meetingId, { text: 'For sent' }, 'test')).toThrow(/the meeting is closed/)
  })
})
