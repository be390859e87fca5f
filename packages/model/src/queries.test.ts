import { describe, expect, it } from 'vitest'
import { changeAgreementStatus, createAgreement, type NewAgreement } from './agreements.ts'
import { closeMeeting, createMeeting, inviteToMeeting, openMeeting } from './meeting.ts'
import { citizen, person } from './party.ts'
import {
  agreementsByOwner,
  agreementsDueSoon,
  agreementsForGoal,
  awaitingManagerDecision,
  changedSinceLastMeeting,
  followUpsDue,
  incompleteAgreements,
  meetingRecap,
  overdueAgreements,
} from './queries.ts'
import { addPerson, newCourse, T0 } from './test-fixtures.ts'

const TODAY = '2025-06-15'

function setUp() {
  const course = newCourse()
  const kim = addPerson(course, 'Kim Lauridsen')
  const lone = addPerson(course, 'Lone Madsen', 'family')
  const outsider = addPerson(course, 'Hanne Østergaard', 'civilSociety')
  const meeting = createMeeting(course, { title: 'M', date: '2025-06-01' }, 'test', T0)
  inviteToMeeting(course, meeting.id, { personId: lone }, 'test')
  inviteToMeeting(course, meeting.id, { personId: kim }, 'test')
  const goal = course.goals.create({ text: 'Styr på regningerne', lifeArea: 'economy' }, 'test', T0).id
  let clock = T0
  const agree = (what: string, input: Partial<NewAgreement>) =>
    createAgreement(course, { what, meetingId: meeting.id, ...input }, 'test', ++clock)
  return { course, meetingId: meeting.id, goal, kim, lone, outsider, agree }
}

describe('queries', () => {
  it('finds open agreements whose due date has passed, with a fixed today', () => {
    const { course, kim, agree } = setUp()
    const owner = person(kim)
    agree('yesterday', { owner, dueDate: '2025-06-14' })
    agree('today', { owner, dueDate: TODAY })
    agree('no date', { owner })
    const done = agree('done late', { owner, dueDate: '2025-06-01' })
    changeAgreementStatus(course, done.id, { to: 'done' }, 'test')
    const delayed = agree('delayed', { owner, dueDate: '2025-06-02' })
    changeAgreementStatus(course, delayed.id, { to: 'delayed' }, 'test')
    expect(overdueAgreements(course, TODAY).map((a) => a.what)).toEqual(['delayed', 'yesterday'])
    expect(overdueAgreements(course, '2025-06-16').map((a) => a.what)).toEqual([
      'delayed',
      'yesterday',
      'today',
    ])
  })

  it('lists agreements by owner and per goal, earliest due date first', () => {
    const { course, kim, goal, agree } = setUp()
    agree('later', { owner: person(kim), dueDate: '2025-07-01', goalId: goal })
    agree('sooner', { owner: person(kim), dueDate: '2025-06-20' })
    agree('mine', { owner: citizen, dueDate: '2025-06-20', goalId: goal })
    expect(agreementsByOwner(course, person(kim)).map((a) => a.what)).toEqual(['sooner', 'later'])
    expect(agreementsByOwner(course, citizen).map((a) => a.what)).toEqual(['mine'])
    expect(agreementsForGoal(course, goal).map((a) => a.what)).toEqual(['mine', 'later'])
  })

  it('groups the meeting recap by owner: citizen, invitees in invite order, others, then nobody', () => {
    const { course, meetingId, kim, lone, outsider, agree } = setUp()
    agree('Kim 2', { owner: person(kim), dueDate: '2025-07-01' })
    agree('unowned', {})
    agree('Hanne', { owner: person(outsider), dueDate: '2025-06-20' })
    agree('Kim 1', { owner: person(kim), dueDate: '2025-06-20' })
    agree('Jens', { owner: citizen, dueDate: '2025-06-30' })
    agree('Lone', { owner: person(lone), dueDate: '2025-06-30' })
    createAgreement(course, { what: 'between meetings', owner: citizen }, 'test')
    const recap = meetingRecap(course, meetingId)
    expect(recap.map((g) => [g.name, g.agreements.map((a) => a.what)])).toEqual([
      ['Jens Madsen', ['Jens']],
      ['Lone Madsen', ['Lone']],
      ['Kim Lauridsen', ['Kim 1', 'Kim 2']],
      ['Hanne Østergaard', ['Hanne']],
      ['Ingen ansvarlig endnu', ['unowned']],
    ])
    expect(recap[0]?.owner).toEqual(citizen)
    expect(recap.at(-1)?.owner).toBeNull()
    expect(meetingRecap(course, meetingId, 'en').at(-1)?.name).toBe('No owner yet')
  })

  it('lists open incomplete agreements, of one meeting or all', () => {
    const { course, meetingId, kim, agree } = setUp()
    agree('complete', { owner: person(kim), dueDate: '2025-06-20' })
    agree('no owner', { dueDate: '2025-06-20' })
    const dropped = agree('dropped', {})
    changeAgreementStatus(course, dropped.id, { to: 'abandoned', note: 'Ikke aktuelt' }, 'test')
    createAgreement(course, { what: 'elsewhere' }, 'test')
    expect(incompleteAgreements(course).map((a) => a.what)).toEqual(['no owner', 'elsewhere'])
    expect(incompleteAgreements(course, meetingId).map((a) => a.what)).toEqual(['no owner'])
  })

  it('lists follow-ups that are due and agreements waiting for a manager', () => {
    const { course, kim, agree } = setUp()
    const who = person(kim)
    agree('due', { followUp: { who, when: TODAY, how: 'Ring' } })
    agree('not yet', { followUp: { who, when: '2025-06-16', how: 'Ring' } })
    agree('manager later', { needsManagerDecision: true, managerAnswerBy: '2025-06-30' })
    agree('manager soon', { needsManagerDecision: true, managerAnswerBy: '2025-06-20' })
    expect(followUpsDue(course, TODAY).map((a) => a.what)).toEqual(['due'])
    expect(awaitingManagerDecision(course).map((a) => a.what)).toEqual(['manager soon', 'manager later'])
  })

  it('finds open agreements due within the week from today, earliest first', () => {
    const { course, kim, agree } = setUp()
    const owner = person(kim)
    agree('in a week', { owner, dueDate: '2025-06-22' })
    agree('today', { owner, dueDate: TODAY })
    agree('in eight days', { owner, dueDate: '2025-06-23' })
    agree('yesterday', { owner, dueDate: '2025-06-14' })
    agree('no date', { owner })
    const done = agree('done', { owner, dueDate: '2025-06-16' })
    changeAgreementStatus(course, done.id, { to: 'done' }, 'test', T0 + 100)
    expect(agreementsDueSoon(course, TODAY).map((a) => a.what)).toEqual(['today', 'in a week'])
    expect(agreementsDueSoon(course, TODAY, 8).map((a) => a.what)).toEqual([
      'today',
      'in a week',
      'in eight days',
    ])
  })

  it('finds the agreements changed since the last meeting closed, and none before one has', () => {
    const { course, meetingId, kim, agree } = setUp()
    const before = agree('before', { owner: person(kim) })
    const after = agree('after', { owner: person(kim) })
    changeAgreementStatus(course, before.id, { to: 'inProgress' }, 'test', T0 + 100)
    expect(changedSinceLastMeeting(course)).toEqual([])
    openMeeting(course, meetingId, 'test', T0 + 200)
    closeMeeting(course, meetingId, 'test', T0 + 300)
    expect(changedSinceLastMeeting(course)).toEqual([])
    changeAgreementStatus(course, after.id, { to: 'inProgress' }, 'test', T0 + 400)
    expect(changedSinceLastMeeting(course).map((a) => a.what)).toEqual(['after'])
  })
})
