import { describe, expect, it } from 'vitest'
import {
  checklistProgress,
  checklistsOfPhase,
  defaultChecklistTemplate,
  localText,
  parseChecklistTemplate,
  tickChecklistItem,
} from './checklists.ts'
import { ValidationError } from './entity.ts'
import { createMeeting } from './meeting.ts'
import { minutes, newCourse, replica, sync } from './test-fixtures.ts'

const own = [
  {
    id: 'start',
    phase: 'startup',
    title: { da: 'Vores opstart' },
    items: [{ id: 'coffee', text: { da: 'Har vi drukket kaffe?' } }],
  },
]

describe('checklist templates', () => {
  it("has the handbook's checklists for phases 0-3 in Danish, three of them in phase 2", () => {
    const phases = defaultChecklistTemplate.map((s) => s.phase)
    expect(phases).toEqual([
      'referral',
      'startup',
      'networkMeetings',
      'networkMeetings',
      'networkMeetings',
      'closing',
    ])
    expect(defaultChecklistTemplate[1]!.items[0]!.text.da).toBe(
      'Kan borgeren se formålet med forløbet i Samarbejdsmodellen?',
    )
    expect(checklistsOfPhase(defaultChecklistTemplate, 'closing').flatMap((s) => s.items)).toHaveLength(3)
    expect(checklistsOfPhase(defaultChecklistTemplate, 'paused')).toEqual([])
  })

  it("accepts a municipality's own template, Danish only, and falls back to Danish for English", () => {
    const template = parseChecklistTemplate(own)
    expect(localText(template[0]!.title, 'en')).toBe('Vores opstart')
    expect(localText(defaultChecklistTemplate[0]!.title, 'en')).toBe('Checklist phase 0')
  })

  it('refuses a template with a duplicate item id, a bad id, an empty section or an unknown phase', () => {
    const bad = [
      [...own, { ...own[0], id: 'other' }],
      [{ ...own[0], items: [{ id: 'Kaffe?', text: { da: 'x' } }] }],
      [{ ...own[0], items: [] }],
      [{ ...own[0], phase: 'paused' }],
      [{ ...own[0], items: [{ id: 'coffee', text: { da: '' } }] }],
    ]
    for (const template of bad) expect(() => parseChecklistTemplate(template)).toThrow(ValidationError)
    expect(() => parseChecklistTemplate([...own, { ...own[0], id: 'other' }])).toThrow(/coffee is used twice/)
  })
})

describe('ticking off', () => {
  it('ticks and unticks an item, keeping who and when, and counts the section', () => {
    const course = newCourse()
    tickChecklistItem(course, defaultChecklistTemplate, 'purpose', true, 'anne', { now: minutes(1) })
    tickChecklistItem(course, defaultChecklistTemplate, 'expectations', true, 'anne', { now: minutes(2) })
    tickChecklistItem(course, defaultChecklistTemplate, 'expectations', false, 'bo', { now: minutes(3) })
    const startup = checklistProgress(course, defaultChecklistTemplate).find(
      (p) => p.section.id === 'phase-1',
    )!
    expect(startup).toMatchObject({ done: 1, total: 4 })
    expect(startup.items[0]!.tick).toEqual({ checked: true, at: minutes(1), by: 'anne' })
    expect(startup.items[1]!.tick).toEqual({ checked: false, at: minutes(3), by: 'bo' })
  })

  it('refuses an item that is not in the template, and writes nothing', () => {
    const course = newCourse()
    expect(() => tickChecklistItem(course, defaultChecklistTemplate, 'nope', true, 'anne')).toThrow(
      ValidationError,
    )
    expect(course.doc.getMap('checklist').size).toBe(0)
  })

  it('keeps ticks of different items made at the same time on two devices', () => {
    const a = newCourse()
    const b = replica(a)
    tickChecklistItem(a, defaultChecklistTemplate, 'purpose', true, 'anne')
    tickChecklistItem(b, defaultChecklistTemplate, 'network-mapped', true, 'bo')
    sync(a, b)
    const done = (c: typeof a) =>
      checklistProgress(c, defaultChecklistTemplate).find((p) => p.section.id === 'phase-1')!.done
    expect(done(a)).toBe(2)
    expect(done(b)).toBe(2)
  })

  it('shows a corrupt tick as not ticked', () => {
    const course = newCourse()
    course.doc.getMap('checklist').set('purpose', { checked: 'yes' })
    const startup = checklistProgress(course, defaultChecklistTemplate)[1]!
    expect(startup.items[0]!.tick).toBeNull()
    expect(startup.done).toBe(0)
  })

  it('keeps the phase 2 checklists per meeting, and asks which meeting', () => {
    const course = newCourse()
    const first = createMeeting(course, { title: 'Første møde', date: '2025-06-01' }, 'anne').id
    const second = createMeeting(course, { title: 'Andet møde', date: '2025-08-01' }, 'anne').id
    tickChecklistItem(course, defaultChecklistTemplate, 'all-heard', true, 'anne', { meetingId: first })
    const hold = (meetingId: string | null) =>
      checklistProgress(course, defaultChecklistTemplate, meetingId).find(
        (p) => p.section.id === 'phase-2-hold',
      )!
    expect(hold(first)).toMatchObject({ meetingId: first, done: 1, total: 5 })
    expect(hold(second)).toMatchObject({ meetingId: second, done: 0 })
    expect(hold(null)).toMatchObject({ meetingId: null, done: 0 })
    // a course-wide checklist is the same whichever meeting is shown
    tickChecklistItem(course, defaultChecklistTemplate, 'purpose', true, 'anne')
    expect(checklistProgress(course, defaultChecklistTemplate, second)[1]).toMatchObject({
      meetingId: null,
      done: 1,
    })

    const tick = (itemId: string, meetingId?: string) => () =>
      tickChecklistItem(course, defaultChecklistTemplate, itemId, true, 'anne', { meetingId })
    expect(tick('all-heard')).toThrow(/per meeting/)
    expect(tick('purpose', first)).toThrow(/whole course/)
    expect(tick('all-heard', 'no-such-meeting')).toThrow(/no meeting/)
    expect(course.doc.getMap('checklist').size).toBe(2)
  })
})
