import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { agendaOf, themesOf } from './agenda.ts'
import { isIncomplete } from './agreements.ts'
import { CourseDoc } from './course.ts'
import { seedDemoCourse } from './demo.ts'
import { roundOrder } from './dialogue.ts'
import { meetingsByDate } from './meeting.ts'
import { ConsentStatuses } from './network.ts'
import { awaitingManagerDecision, incompleteAgreements, meetingRecap, overdueAgreements } from './queries.ts'
import { DocKeys } from './schema.ts'
import { newCourse, rawEntities } from './test-fixtures.ts'

const TODAY = '2025-06-15'

function demo(today = TODAY): CourseDoc {
  const course = new CourseDoc(new Y.Doc(), new Y.Doc())
  seedDemoCourse(course, { today })
  return course
}

const rawIds = (doc: Y.Doc | null) => [...(doc?.getMap(DocKeys.people).keys() ?? [])]

describe('the demo course', () => {
  it('initialises an empty document and every stored entity validates', () => {
    const course = demo()
    expect(course.readMeta()).toMatchObject({
      courseId: 'demo',
      citizenName: 'Jens Madsen',
      phase: 'networkMeetings',
      coordinator: { name: 'Mette Kragh', phone: '44 10 20 30' },
    })
    const collections = [
      [DocKeys.people, course.people],
      [DocKeys.meetings, course.meetings],
      [DocKeys.agendaItems, course.agendaItems],
      [DocKeys.parkedTopics, course.parkedTopics],
      [DocKeys.goals, course.goals],
      [DocKeys.agreements, course.agreements],
    ] as const
    for (const [key, collection] of collections) {
      // People the citizen does not want involved are only in the coordinator-only document.
      const raw =
        key === DocKeys.people
          ? [...new Set([...rawIds(course.doc), ...rawIds(course.privateDoc)])]
          : rawEntities(course, key)
      expect(raw.length, key).toBeGreaterThan(0)
      expect(collection.list(), key).toHaveLength(raw.length)
    }
  })

  it('has a small private network, professionals, an excluded person and every kind of consent', () => {
    const people = demo().people.list()
    const bySector = (...sectors: string[]) => people.filter((p) => sectors.includes(p.sector))
    expect(bySector('family', 'friends').length).toBeGreaterThanOrEqual(3)
    expect(bySector('municipal', 'regional').length).toBeGreaterThanOrEqual(5)
    expect(bySector('civilSociety')).toHaveLength(1)
    expect(people.filter((p) => p.excludedByCitizen).map((p) => p.role)).toEqual(['Bror'])
    expect(new Set(people.map((p) => p.consent.status))).toEqual(new Set(ConsentStatuses))
  })

  it('has two held meetings and one planned, dated around today', () => {
    const course = demo()
    const meetings = meetingsByDate(course)
    expect(meetings.map((m) => m.status)).toEqual(['closed', 'closed', 'planned'])
    expect(meetings.map((m) => m.date < TODAY)).toEqual([true, true, false])
    for (const meeting of meetings.slice(0, 2)) {
      expect(meeting.invitees.every((i) => i.attendance !== 'notRecorded')).toBe(true)
      const themes = themesOf(course, meeting.id)
      expect(themes.length).toBeGreaterThanOrEqual(2)
      for (const theme of themes) {
        expect(theme.dialogue?.phase).toBe('agreements')
        expect(theme.dialogue?.spoken).toEqual(roundOrder(meeting))
      }
      expect(agendaOf(course, meeting.id)[0]?.title).toBe('Velkomst og formål')
    }
    const attendance = new Set(meetings.flatMap((m) => m.invitees.map((i) => i.attendance)))
    expect(attendance).toEqual(new Set(['present', 'absent', 'sentWord', 'notRecorded']))
    const planned = meetings[2]
    expect(planned?.invitees.some((i) => i.chosenByCitizen)).toBe(true)
    expect(planned?.frame.topicsNotToDiscuss.length).toBeGreaterThan(0)
    // The tooth ache parked in the second meeting became a theme of the third.
    expect(themesOf(course, planned?.id ?? '').map((t) => t.title)).toContain(
      'Tandpine – Jens har ondt i en tand',
    )
  })

  it('has goals in several life areas and agreements in every state the views show', () => {
    const course = demo()
    expect(new Set(course.goals.list().map((g) => g.lifeArea)).size).toBeGreaterThanOrEqual(5)
    const agreements = course.agreements.list()
    const statuses = agreements.map((a) => a.status)
    expect(statuses.filter((s) => s === 'done').length).toBeGreaterThanOrEqual(2)
    for (const status of ['inProgress', 'changed', 'abandoned', 'agreed']) expect(statuses).toContain(status)
    expect(agreements.some((a) => a.history.some((h) => h.to === 'delayed'))).toBe(true)
    expect(overdueAgreements(course, TODAY)).toHaveLength(1)
    expect(awaitingManagerDecision(course)).toHaveLength(1)
    expect(incompleteAgreements(course)).toHaveLength(1)
    expect(agreements.filter(isIncomplete)).toHaveLength(1)
    expect(agreements.every((a) => a.goalId !== null && a.meetingId !== null)).toBe(true)
  })

  it('stays current whatever today is', () => {
    for (const today of ['2024-02-29', '2031-12-31']) {
      const course = demo(today)
      expect(overdueAgreements(course, today)).toHaveLength(1)
      expect(meetingsByDate(course).at(-1)?.date).toBe(today === '2024-02-29' ? '2024-03-14' : '2032-01-14')
    }
  })

  it('recaps the second meeting with the citizen first and the unowned agreement last', () => {
    const course = demo()
    const second = meetingsByDate(course)[1]
    const recap = meetingRecap(course, second?.id ?? '')
    expect(recap[0]?.name).toBe('Jens Madsen')
    expect(recap.at(-1)?.owner).toBeNull()
    expect(recap.flatMap((g) => g.agreements)).toHaveLength(7)
  })

  it('is seeded only into an empty course, and keeps an existing course id', () => {
    const course = newCourse()
    seedDemoCourse(course, { today: TODAY })
    expect(course.readMeta()?.courseId).toBe('c1')
    expect(() => seedDemoCourse(course, { today: TODAY })).toThrow(/only seeded into an empty course/)
    expect(() => seedDemoCourse(newCourse(), { today: '15-06-2025' })).toThrow(/YYYY-MM-DD/)
  })
})
