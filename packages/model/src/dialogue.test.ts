import { describe, expect, it } from 'vitest'
import { goToAgendaItem } from './agenda.ts'
import type { CourseDoc } from './course.ts'
import {
  addToQueue,
  type DialogueState,
  nextFloor,
  nextTurn,
  removeFromQueue,
  startDialogue,
  toAgreements,
  toCitizenResponds,
} from './dialogue.ts'
import { closeMeeting, markAttendance } from './meeting.ts'
import { citizen, type Party, person, sameParty } from './party.ts'
import { meetingAtFirstTheme, minutes, newCourse, replica, sync } from './test-fixtures.ts'

/** Mette facilitates; Lone, Kim and Rikke are present, Anders absent, Susanne sent word, invited in this order. */
function meeting(course: CourseDoc) {
  return meetingAtFirstTheme(course, {
    invitees: [
      ['Mette', 'present', 'facilitator'],
      ['Lone', 'present'],
      ['Anders', 'absent'],
      ['Kim', 'present'],
      ['Susanne', 'sentWord'],
      ['Rikke', 'present'],
    ],
  })
}

function dialogueOf(course: CourseDoc, itemId: string): DialogueState {
  const state = course.agendaItems.getOrThrow(itemId).dialogue
  if (!state) throw new Error('no dialogue')
  return state
}

describe('the dialogue process', () => {
  it('starts with the citizen telling, and the round is present participants in invite order', () => {
    const course = newCourse()
    const { themeIds, people } = meeting(course)
    const theme = themeIds[0] ?? ''
    const started = startDialogue(course, theme, 'test', minutes(10))
    expect(started.applied).toBe(true)
    expect(started.value).toEqual({
      phase: 'citizenTells',
      step: 0,
      startedAt: minutes(10),
      phaseStartedAt: minutes(10),
      speaker: citizen,
      speakerSince: minutes(10),
      queue: [person(people.Lone ?? ''), person(people.Kim ?? ''), person(people.Rikke ?? '')],
      spoken: [],
    })
    expect(startDialogue(course, theme, 'test', minutes(11)).applied).toBe(false)
  })

  it('gives the floor to each present participant in turn, then back to the citizen, then agreements', () => {
    const course = newCourse()
    const { themeIds, people } = meeting(course)
    const theme = themeIds[0] ?? ''
    let state = startDialogue(course, theme, 'test', minutes(10)).value
    const speakers: (Party | null)[] = []
    for (let t = 11; state.phase !== 'citizenResponds'; t++) {
      state = nextTurn(course, theme, state.step, 'test', minutes(t)).value
      speakers.push(state.speaker)
    }
    const lone = person(people.Lone ?? '')
    const kim = person(people.Kim ?? '')
    const rikke = person(people.Rikke ?? '')
    expect(speakers).toEqual([lone, kim, rikke, citizen])
    expect(state).toMatchObject({ phase: 'citizenResponds', step: 4, queue: [], spoken: [lone, kim, rikke] })
    expect(state.phaseStartedAt).toBe(minutes(14))
    expect(() => nextTurn(course, theme, state.step, 'test')).toThrow(
      /not possible while the phase is citizenResponds/,
    )
    const done = toAgreements(course, theme, state.step, 'test', minutes(20)).value
    expect(done).toMatchObject({ phase: 'agreements', speaker: null, step: 5, startedAt: minutes(10) })
  })

  it('skips someone who is no longer present when their turn comes', () => {
    const course = newCourse()
    const { meetingId, themeIds, people } = meeting(course)
    const theme = themeIds[0] ?? ''
    let state = startDialogue(course, theme, 'test').value
    markAttendance(course, meetingId, people.Kim ?? '', 'absent', 'test')
    state = nextTurn(course, theme, state.step, 'test').value
    expect(state.speaker).toEqual(person(people.Lone ?? ''))
    state = nextTurn(course, theme, state.step, 'test').value
    expect(state.speaker).toEqual(person(people.Rikke ?? ''))
  })

  it('says who comes next: the next one present, the citizen after the last, then everyone together', () => {
    const course = newCourse()
    const { meetingId, themeIds, people } = meeting(course)
    const theme = themeIds[0] ?? ''
    const lone = person(people.Lone ?? '')
    const kim = person(people.Kim ?? '')
    const rikke = person(people.Rikke ?? '')
    const next = () => nextFloor(course.meetings.getOrThrow(meetingId), dialogueOf(course, theme))
    let state = startDialogue(course, theme, 'test').value
    markAttendance(course, meetingId, people.Kim ?? '', 'absent', 'test')
    expect(next()).toEqual({ phase: 'participantRound', speaker: lone, waiting: [rikke] })
    // What "next" says is what passing the floor on then does, step by step.
    while (state.phase !== 'citizenResponds') {
      const said = next()
      state = nextTurn(course, theme, state.step, 'test').value
      const waiting = state.queue.filter((party) => !sameParty(party, kim))
      expect(said).toEqual({ phase: state.phase, speaker: state.speaker, waiting })
    }
    expect(state.speaker).toEqual(citizen)
    expect(next()).toEqual({ phase: 'agreements', speaker: null, waiting: [] })
    toAgreements(course, theme, state.step, 'test')
    expect(next()).toBeNull()
  })

  it('ignores a stale "next" that names a step the dialogue has left', () => {
    const course = newCourse()
    const { themeIds, people } = meeting(course)
    const theme = themeIds[0] ?? ''
    const start = startDialogue(course, theme, 'test').value
    expect(nextTurn(course, theme, start.step, 'anna').applied).toBe(true)
    const stale = nextTurn(course, theme, start.step, 'bo')
    expect(stale.applied).toBe(false)
    expect(stale.value.speaker).toEqual(person(people.Lone ?? ''))
    expect(dialogueOf(course, theme).step).toBe(1)
  })

  it('moves on once when two replicas press "next" from the same step', () => {
    const a = newCourse()
    const { themeIds, people } = meeting(a)
    const theme = themeIds[0] ?? ''
    startDialogue(a, theme, 'test', minutes(10))
    nextTurn(a, theme, 0, 'test', minutes(11)) // Lone has the floor
    const b = replica(a)
    // Both press "next" while Lone speaks, before either has seen the other's click.
    expect(nextTurn(a, theme, 1, 'anna', minutes(12)).applied).toBe(true)
    expect(nextTurn(b, theme, 1, 'bo', minutes(12)).applied).toBe(true)
    sync(a, b)
    for (const course of [a, b]) {
      expect(dialogueOf(course, theme)).toMatchObject({ step: 2, speaker: person(people.Kim ?? '') })
    }
    // A click from a screen still showing Lone, arriving after the sync, changes nothing.
    expect(nextTurn(b, theme, 1, 'bo', minutes(13)).applied).toBe(false)
    sync(a, b)
    expect(dialogueOf(a, theme)).toMatchObject({ step: 2, speaker: person(people.Kim ?? '') })
  })

  it('lets people join and leave the queue, citizen included', () => {
    const course = newCourse()
    const { themeIds, people } = meeting(course)
    const theme = themeIds[0] ?? ''
    const lone = person(people.Lone ?? '')
    let state = startDialogue(course, theme, 'test').value
    expect(() => addToQueue(course, theme, state.step, lone, 'test')).toThrow(/already in the queue/)
    expect(() => addToQueue(course, theme, state.step, person(people.Anders ?? ''), 'test')).toThrow(
      /present/,
    )
    state = removeFromQueue(course, theme, state.step, lone, 'test').value
    state = addToQueue(course, theme, state.step, citizen, 'test').value
    state = addToQueue(course, theme, state.step, lone, 'test').value
    expect(state.queue).toEqual([person(people.Kim ?? ''), person(people.Rikke ?? ''), citizen, lone])
    expect(() => removeFromQueue(course, theme, state.step, person(people.Anders ?? ''), 'test')).toThrow(
      /not in the queue/,
    )
    expect(addToQueue(course, theme, state.step - 1, lone, 'test').applied).toBe(false)
  })

  it('lets the citizen respond early, and agreements only after the citizen has responded', () => {
    const course = newCourse()
    const { themeIds } = meeting(course)
    const theme = themeIds[0] ?? ''
    const state = startDialogue(course, theme, 'test').value
    expect(() => toAgreements(course, theme, state.step, 'test')).toThrow(/phase is citizenTells/)
    const responds = toCitizenResponds(course, theme, state.step, 'test').value
    expect(responds).toMatchObject({ phase: 'citizenResponds', speaker: citizen, queue: [] })
  })

  it('runs only on the current theme of an open meeting', () => {
    const course = newCourse()
    const { meetingId, themeIds } = meeting(course)
    const [first, second] = themeIds as [string, string]
    const opening = course.meetings.getOrThrow(meetingId)
    expect(() => startDialogue(course, second, 'test')).toThrow(/not the current agenda item/)
    const state = startDialogue(course, first, 'test').value
    goToAgendaItem(course, meetingId, opening.currentItemId, second, 'test')
    closeMeeting(course, meetingId, 'test')
    expect(() => nextTurn(course, first, state.step, 'test')).toThrow(/the meeting is not open/)
    expect(dialogueOf(course, first).step).toBe(0)
  })

  it('does not run on an item that is not a theme', () => {
    const course = newCourse()
    const { meetingId, themeIds } = meeting(course)
    const opening = course.agendaItems
      .list()
      .find((i) => i.meetingId === meetingId && i.section === 'opening')
    const openingId = opening?.id ?? ''
    expect(() => startDialogue(course, openingId, 'test')).toThrow(/only a theme/)
    const { value: dialogue } = startDialogue(course, themeIds[0] ?? '', 'test')
    expect(() => course.agendaItems.update(openingId, { dialogue }, 'test')).toThrow(
      /only a theme has a dialogue/,
    )
  })
})
