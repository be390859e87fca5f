import { CourseDoc, changeAgreementStatus, createAgreement } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { citizenGoals, citizenNetwork, nextMeeting, openAgreementsByOwner } from './citizenView.ts'
import { citizenMapLayout, MAP_HEIGHT, MAP_WIDTH, splitLabel } from './NetworkMap.tsx'

const TODAY = '2026-11-24'

/** The demo course as the citizen's link has it (the shared document only), or as her coordinator does. */
function demo(asCoordinator = false): CourseDoc {
  const course = new CourseDoc(new Y.Doc(), new Y.Doc())
  seedDemoCourse(course, { today: TODAY })
  return asCoordinator ? course : new CourseDoc(course.doc)
}

describe('what the citizen page shows', () => {
  it('lists the goals being worked on before those reached, and leaves dropped ones out', () => {
    const course = demo()
    const goal = course.goals.list()[0]!
    course.goals.update(goal.id, { status: 'dropped' }, 'test')
    const statuses = citizenGoals(course).map((g) => g.status)
    expect(statuses).not.toContain('dropped')
    expect(statuses).toEqual(
      [...statuses].sort((a, b) => (a === 'achieved' ? 1 : 0) - (b === 'achieved' ? 1 : 0)),
    )
    expect(citizenGoals(course)).toHaveLength(course.goals.list().length - 1)
  })

  it('keeps one order for goals made in the same moment, so paper and phone agree', () => {
    const course = new CourseDoc(new Y.Doc())
    const at = Date.parse('2026-11-24T10:00:00Z')
    for (const text of ['Først', 'Så', 'Til sidst']) {
      course.goals.create({ text, lifeArea: 'health' }, 'test', at)
    }
    const ids = citizenGoals(course).map((goal) => goal.id)
    expect(ids).toEqual([...ids].sort())
  })

  it('groups the open agreements by who does them: the citizen first, nobody last, earliest due first', () => {
    const course = demo()
    const groups = openAgreementsByOwner(course)
    expect(groups[0]?.key).toBe('citizen')
    expect(groups.at(-1)?.key).toBe('')
    for (const group of groups) {
      const dues = group.agreements.map((a) => a.dueDate ?? '9999')
      expect(dues).toEqual([...dues].sort())
      expect(group.agreements.every((a) => a.status !== 'done' && a.status !== 'abandoned')).toBe(true)
    }
    const open = course.agreements.list().filter((a) => a.status !== 'done' && a.status !== 'abandoned')
    expect(groups.flatMap((g) => g.agreements)).toHaveLength(open.length)
  })

  it('moves a kept agreement out of the list', () => {
    const course = demo()
    const made = createAgreement(course, { what: 'Ringe til tandlægen', owner: { kind: 'citizen' } }, 'test')
    expect(openAgreementsByOwner(course)[0]?.agreements.map((a) => a.id)).toContain(made.id)
    changeAgreementStatus(course, made.id, { to: 'done' }, 'test')
    expect(openAgreementsByOwner(course).flatMap((g) => g.agreements.map((a) => a.id))).not.toContain(made.id)
  })

  it('names the next planned meeting with its themes and who sent word; none when all lie behind', () => {
    const course = demo()
    const next = nextMeeting(course, TODAY)
    expect(next?.meeting.status).toBe('planned')
    expect(next?.now).toBe(false)
    expect(next?.themes.length).toBeGreaterThan(0)
    expect(next?.invited.some((i) => i.sentWord)).toBe(true)
    expect(nextMeeting(course, '2099-01-01')).toBeUndefined()
  })

  it('keeps the people the citizen does not want involved apart from the network, on the coordinator’s copy only', () => {
    const { involved, notInvolved } = citizenNetwork(demo(true))
    expect(notInvolved.map((p) => p.name)).toEqual(['Torben Madsen'])
    expect(involved.some((p) => p.excludedByCitizen)).toBe(false)
    // The citizen's link has no trace of him (see the README's Who sees what).
    const linked = citizenNetwork(demo())
    expect(linked.notInvolved).toEqual([])
    expect(linked.involved.map((p) => p.name)).toEqual(involved.map((p) => p.name))
  })
})

describe('the network map', () => {
  it('puts every person inside the drawing, in her ring of the one geometry', () => {
    const { involved } = citizenNetwork(demo())
    const layout = citizenMapLayout(involved)
    expect(layout.people).toHaveLength(involved.length)
    for (const { x, y, person } of layout.people) {
      expect(x).toBeGreaterThan(0)
      expect(x).toBeLessThan(MAP_WIDTH)
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(MAP_HEIGHT)
      const distance = Math.hypot(x - layout.centre.x, y - layout.centre.y)
      expect(distance).toBeGreaterThan(layout.rings[person.ring].inner)
      expect(distance).toBeLessThan(layout.rings[person.ring].outer)
    }
    expect(layout.rings.outer.outer * 2).toBeLessThan(MAP_HEIGHT)
  })

  it('writes a long sector name on two lines', () => {
    expect(splitLabel('Region og sundhedsvæsen')).toEqual(['Region og', 'sundhedsvæsen'])
    expect(splitLabel('Familie')).toEqual(['Familie'])
  })
})
