import { describe, expect, it } from 'vitest'
import { closeCourse, closureOf } from './closing.ts'
import { actorOf } from './entity.ts'
import { leaderOverview } from './leader-aggregates.ts'
import { type CourseFacts, courseFacts } from './leader-facts.ts'
import { closeMeeting, createMeeting, openMeeting } from './meeting.ts'
import { minutes, newCourse } from './test-fixtures.ts'

const teams = [
  { id: 'nord', name: 'Team Nord' },
  { id: 'syd', name: 'Team Syd' },
]

const yesAll = {
  agendaWithCitizen: 'yes',
  inviteesChosenByCitizen: 'yes',
  agreementsAtMeeting: 'yes',
  followUpBeforeNextMeeting: 'yes',
} as const

/** A course with `meetings` held meetings of 4 participants each, every registration yes. */
function facts(teamId: string | null, patch: Partial<CourseFacts> = {}, meetings = 2): CourseFacts {
  return {
    teamId,
    phase: 'networkMeetings',
    meetings: Array.from({ length: meetings }, () => ({ registrations: { ...yesAll }, participants: 4 })),
    evaluations: [],
    outcomes: { who5: null, inspireO: null },
    closed: null,
    ...patch,
  }
}
const times = (n: number, make: () => CourseFacts) => Array.from({ length: n }, make)

describe("the leader's overview", () => {
  it('counts courses by phase and means of meetings and participants for the municipality and each team', () => {
    const overview = leaderOverview(
      [
        ...times(6, () => facts('nord')),
        ...times(5, () => facts('syd', {}, 3)),
        ...times(5, () => facts('syd', { phase: 'startup' }, 0)),
      ],
      teams,
    )
    expect(overview.municipality.courses).toEqual({ value: 16, courses: 16 })
    expect(overview.municipality.phases.networkMeetings).toEqual({ value: 11, courses: 11 })
    expect(overview.municipality.phases.startup).toEqual({ value: 5, courses: 5 })
    expect(overview.municipality.meetingsHeld).toEqual({ value: 27, courses: 11 })
    expect(overview.municipality.meetingsPerCourse?.value).toBeCloseTo(27 / 11)
    expect(overview.municipality.participantsPerMeeting).toEqual({ value: 4, courses: 11 })
    expect(overview.municipality.registrations.agendaWithCitizen).toEqual({
      yes: { value: 100, courses: 11 },
      partly: { value: 0, courses: 11 },
    })
    const [nord, syd] = overview.teams
    expect(nord?.team).toEqual({ id: 'nord', name: 'Team Nord' })
    expect(nord?.meetingsPerCourse).toEqual({ value: 2, courses: 6 })
    expect(syd?.meetingsPerCourse).toEqual({ value: 3, courses: 5 })
    expect(syd?.phases.startup).toEqual({ value: 5, courses: 5 })
    // Team Nord has no course starting up: a cell from 0 courses is suppressed like any under 5.
    expect(nord?.phases.startup).toBeNull()
  })

  it('suppresses a figure from 4 courses and shows it from 5', () => {
    const evaluated = (n: number) =>
      times(n, () =>
        facts(null, { evaluations: [{ relation: 8, goalsAndTopics: 6, approach: 7, overall: 9 }] }),
      )
    const four = leaderOverview([...evaluated(4), ...times(6, () => facts(null))], [])
    expect(four.municipality.feedback.relation).toBeNull()
    const five = leaderOverview([...evaluated(5), ...times(6, () => facts(null))], [])
    expect(five.municipality.feedback.relation).toEqual({ value: 8, courses: 5 })
    expect(five.municipality.feedback.overall).toEqual({ value: 9, courses: 5 })
  })

  it('hides the whole municipality when it has fewer than 5 courses', () => {
    const overview = leaderOverview(
      times(4, () => facts('nord')),
      teams,
    )
    expect(overview.municipality.courses).toBeNull()
    expect(overview.municipality.meetingsPerCourse).toBeNull()
    expect(overview.teams.every((t) => t.courses === null)).toBe(true)
  })

  it('does not let a small team be found by subtracting the shown teams from the municipality', () => {
    const overview = leaderOverview(
      [...times(12, () => facts('nord')), ...times(3, () => facts('syd', {}, 5))],
      teams,
    )
    const [nord, syd] = overview.teams
    expect(syd?.courses).toBeNull()
    // 15 − 12 would be Team Syd's 3 courses (and their meetings): Team Nord is hidden with it.
    expect(nord?.courses).toBeNull()
    expect(nord?.meetingsPerCourse).toBeNull()
    expect(overview.municipality.courses).toEqual({ value: 15, courses: 15 })
    expect(overview.municipality.meetingsHeld).toEqual({ value: 39, courses: 15 })
  })

  it('gives outcome change as mean and bands, and closing reasons, from the courses that have them', () => {
    const measured = (first: number, latest: number) =>
      facts(null, { outcomes: { who5: { first, latest }, inspireO: { first: 36, latest: 43 } } })
    const overview = leaderOverview(
      [
        ...times(5, () => measured(20, 40)),
        ...times(5, () => measured(30, 32)),
        ...times(6, () => facts(null, { phase: 'closed', closed: { days: 300, reason: 'completed' } })),
      ],
      [],
    )
    const who5 = overview.municipality.outcomes.who5
    expect(who5.first).toEqual({ value: 25, courses: 10 })
    expect(who5.change).toEqual({ value: 11, courses: 10 })
    expect(who5.bands).toEqual({
      worse: null,
      same: { value: 5, courses: 5 },
      better: { value: 5, courses: 5 },
    })
    expect(overview.municipality.outcomes.inspireO.latest).toEqual({ value: 43, courses: 10 })
    // 36 → 43 is 7 points: under Brief INSPIRE-O's 8 for a relevant change.
    expect(overview.municipality.outcomes.inspireO.bands.same).toEqual({ value: 10, courses: 10 })
    expect(overview.municipality.daysInCourse).toEqual({ value: 300, courses: 6 })
    expect(overview.municipality.closingReasons.completed).toEqual({ value: 6, courses: 6 })
    expect(overview.municipality.closingReasons.died).toBeNull()
    // No course's own values are in the answer: only the aggregates.
    expect(JSON.stringify(overview)).not.toContain('"first":20')
  })
})

describe('the facts of one course', () => {
  const coordinator = actorOf('coordinator', 'u1', 'Anne')

  it('counts held meetings and a closed course with its reason, or "andet" with the note for an old one', () => {
    const course = newCourse()
    const meeting = createMeeting(
      course,
      { title: 'Netværksmøde', date: '2025-06-10' },
      coordinator,
      minutes(1),
    )
    openMeeting(course, meeting.id, coordinator, minutes(60))
    closeMeeting(course, meeting.id, coordinator, minutes(120))
    createMeeting(course, { title: 'Næste', date: '2025-07-10' }, coordinator, minutes(2))
    closeCourse(
      course,
      {
        services: [],
        lifeline: { name: 'Anne', contact: '' },
        note: 'Flyttet',
        reason: { code: 'moved', text: '' },
      },
      coordinator,
      minutes(20 * 24 * 60),
    )
    const sources = {
      teamId: 'nord',
      corrections: [],
      evaluations: [],
      measurements: [{ who5: 20, inspireO: 30 }],
    }
    const result = courseFacts(course, { ...sources, today: '2025-08-01' })
    expect(result).toMatchObject({ teamId: 'nord', phase: 'closed', closed: { days: 20, reason: 'moved' } })
    expect(result?.meetings).toHaveLength(1)
    expect(result?.outcomes.who5).toBeNull()
    // A course closed before reasons were structured: its closure has only the note.
    const { reason: _, ...before } = closureOf(course) ?? expect.unreachable()
    course.doc.getMap('closing').set('closure', before)
    expect(courseFacts(course, sources)?.closed?.reason).toBe('other')
  })
})
