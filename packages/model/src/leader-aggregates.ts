import { type ClosingReasonCode, ClosingReasons } from './closing-reasons.ts'
import { type EvaluationScale, EvaluationScales } from './course-feedback.ts'
import type { CourseFacts, PhaseCategory } from './leader-facts.ts'
import { PhaseCategories } from './leader-facts.ts'
import { MIN_COURSES, shownParts, shownTable } from './leader-suppression.ts'
import { type Instrument, Instruments } from './outcome-instruments.ts'
import { type CorrectableRegistration, CorrectableRegistrations } from './registration-corrections.ts'

/**
 * The leader's overview: the municipality's figures and each team's, computed from CourseFacts (no
 * names), with every cell from fewer than MIN_COURSES courses suppressed (leader-suppression.ts).
 * Definitions are in the README ("The leader's overview").
 */

/** A shown figure and how many courses it comes from; null when suppressed. */
export type Cell = { value: number; courses: number } | null

/** Bands of change between the first and the latest score (points on the 0-100 scale). */
export const ChangeBands = ['worse', 'same', 'better'] as const
export type ChangeBand = (typeof ChangeBands)[number]
/**
 * A clinically relevant change, in points: WHO-5's manual says 10; for Brief INSPIRE-O, Moeller et al.
 * (Soc Psychiatry Psychiatr Epidemiol 2025, doi 10.1007/s00127-025-02948-7) found 8.
 */
export const meaningfulChange: Readonly<Record<Instrument, number>> = { who5: 10, inspireO: 8 }

export interface OutcomeFigures {
  first: Cell
  latest: Cell
  change: Cell
  bands: Record<ChangeBand, Cell>
}

export interface GroupFigures {
  /** null for the municipality; `{ id: null }` for courses whose owner is in no team. */
  team: { id: string | null; name: string } | null
  courses: Cell
  phases: Record<PhaseCategory, Cell>
  meetingsHeld: Cell
  meetingsPerCourse: Cell
  participantsPerMeeting: Cell
  /** Percent of judged meetings registered yes, and partly. */
  registrations: Record<CorrectableRegistration, { yes: Cell; partly: Cell }>
  /** Mean of each 1-10 scale over evaluated meetings. */
  feedback: Record<EvaluationScale, Cell>
  outcomes: Record<Instrument, OutcomeFigures>
  /** Mean days from creation to closing, of closed courses that held a meeting. */
  daysInCourse: Cell
  closingReasons: Record<ClosingReasonCode, Cell>
}

export interface LeaderOverview {
  minCourses: number
  municipality: GroupFigures
  teams: GroupFigures[]
}

/** The evaluation's figures for 80 citizens (seed 001), shown beside the municipality's. */
export const evaluationFigures = {
  registrations: {
    agendaWithCitizen: 80,
    inviteesChosenByCitizen: 75,
    agreementsAtMeeting: 59,
    followUpBeforeNextMeeting: 75,
  } satisfies Record<CorrectableRegistration, number>,
  meetingsPerCourse: 2.8,
  participantsPerMeeting: 4,
  daysInCourse: 325,
  outcomes: { who5: { first: 23, latest: 33 }, inspireO: { first: 36, latest: 43 } } satisfies Record<
    Instrument,
    { first: number; latest: number }
  >,
} as const

/** One course's share of a mean: what it adds to the numerator and the denominator; null: nothing. */
type Share = { sum: number; count: number } | null
type Metric = (course: CourseFacts) => Share

const one = (value: number): Share => ({ sum: value, count: 1 })
const heldAny = (c: CourseFacts) => c.meetings.length > 0

function registrationShare(field: CorrectableRegistration, answer: 'yes' | 'partly'): Metric {
  return (c) => {
    const judged = c.meetings.map((m) => m.registrations[field]).filter((r) => r !== null)
    if (judged.length === 0) return null
    return { sum: judged.filter((r) => r === answer).length * 100, count: judged.length }
  }
}

const metrics = {
  meetingsPerCourse: (c: CourseFacts) => (heldAny(c) ? one(c.meetings.length) : null),
  participantsPerMeeting: (c: CourseFacts) =>
    heldAny(c) ? { sum: c.meetings.reduce((s, m) => s + m.participants, 0), count: c.meetings.length } : null,
  daysInCourse: (c: CourseFacts) => (c.closed && heldAny(c) ? one(c.closed.days) : null),
  feedback:
    (scale: EvaluationScale): Metric =>
    (c) =>
      c.evaluations.length === 0
        ? null
        : { sum: c.evaluations.reduce((s, e) => s + e[scale], 0), count: c.evaluations.length },
  outcome:
    (instrument: Instrument, part: 'first' | 'latest' | 'change'): Metric =>
    (c) => {
      const o = c.outcomes[instrument]
      if (!o) return null
      return one(part === 'change' ? o.latest - o.first : o[part])
    },
}

function bandOf(instrument: Instrument, change: number): ChangeBand {
  const step = meaningfulChange[instrument]
  return change <= -step ? 'worse' : change >= step ? 'better' : 'same'
}

/** The courses of each group (teams in the order given, then the courses without a team, if any). */
function groupsOf(
  courses: readonly CourseFacts[],
  teams: readonly { id: string; name: string }[],
  noTeam: string,
) {
  const known = new Set(teams.map((t) => t.id))
  const groups: { team: { id: string | null; name: string }; courses: CourseFacts[] }[] = teams.map(
    (team) => ({
      team: { id: team.id, name: team.name },
      courses: courses.filter((c) => c.teamId === team.id),
    }),
  )
  const without = courses.filter((c) => c.teamId === null || !known.has(c.teamId))
  if (without.length > 0) groups.push({ team: { id: null, name: noTeam }, courses: without })
  return groups
}

export function leaderOverview(
  courses: readonly CourseFacts[],
  teams: readonly { id: string; name: string }[],
  noTeamName = 'Uden team',
): LeaderOverview {
  const groups = groupsOf(courses, teams, noTeamName)
  const sizes = groups.map((g) => g.courses.length)
  const shownGroups = shownParts(sizes)
  const hiddenGroups = shownGroups.map((s) => !s)

  /** A mean over the courses that contribute to it, for the municipality and each group. */
  const mean = (metric: Metric, total = false): { municipality: Cell; groups: Cell[] } => {
    const per = groups.map((g) => {
      const shares = g.courses.map(metric).filter((s) => s !== null)
      return {
        courses: shares.length,
        sum: shares.reduce((s, x) => s + x.sum, 0),
        count: shares.reduce((s, x) => s + x.count, 0),
      }
    })
    const cell = (p: { courses: number; sum: number; count: number }): Cell =>
      p.courses < MIN_COURSES || p.count === 0
        ? null
        : { value: total ? p.sum : p.sum / p.count, courses: p.courses }
    const shown = shownParts(
      per.map((p) => p.courses),
      hiddenGroups,
    )
    const all = per.reduce(
      (a, p) => ({ courses: a.courses + p.courses, sum: a.sum + p.sum, count: a.count + p.count }),
      {
        courses: 0,
        sum: 0,
        count: 0,
      },
    )
    return { municipality: cell(all), groups: per.map((p, g) => (shown[g] ? cell(p) : null)) }
  }

  /** Counts of courses per category, suppressed as a table with its margins. */
  const distribution = <K extends string>(
    categories: readonly K[],
    categoryOf: (c: CourseFacts) => K | null,
  ): { municipality: Record<K, Cell>; groups: Record<K, Cell>[] } => {
    const counts = groups.map((g) =>
      categories.map((k) => g.courses.filter((c) => categoryOf(c) === k).length),
    )
    const shown = shownTable(counts, hiddenGroups)
    const record = (row: readonly number[], mask: readonly boolean[] = []) =>
      Object.fromEntries(
        categories.map((k, i) => {
          const n = row[i] ?? 0
          return [k, mask[i] ? { value: n, courses: n } : null]
        }),
      ) as Record<K, Cell>
    const totals = categories.map((_, i) => counts.reduce((s, row) => s + (row[i] ?? 0), 0))
    return {
      municipality: record(totals, shown.municipality),
      groups: counts.map((row, g) => record(row, shown.groups[g])),
    }
  }

  type Column = { municipality: unknown; groups: unknown[] }
  const pick = <T extends Record<string, Column>>(columns: T, g: number | 'municipality') =>
    Object.fromEntries(
      Object.entries(columns).map(([key, col]) => [
        key,
        g === 'municipality' ? col.municipality : col.groups[g],
      ]),
    ) as { [K in keyof T]: T[K]['municipality'] }

  const byKey = <K extends string>(keys: readonly K[], column: (key: K) => Column) =>
    Object.fromEntries(keys.map((k) => [k, column(k)])) as Record<K, Column>

  const columns = {
    phases: distribution(PhaseCategories, (c) => c.phase),
    meetingsHeld: mean(metrics.meetingsPerCourse, true),
    meetingsPerCourse: mean(metrics.meetingsPerCourse),
    participantsPerMeeting: mean(metrics.participantsPerMeeting),
    daysInCourse: mean(metrics.daysInCourse),
    closingReasons: distribution(ClosingReasons, (c) => c.closed?.reason ?? null),
  }
  const registrations = byKey(CorrectableRegistrations, (field) => {
    const yes = mean(registrationShare(field, 'yes'))
    const partly = mean(registrationShare(field, 'partly'))
    return {
      municipality: { yes: yes.municipality, partly: partly.municipality },
      groups: yes.groups.map((y, g) => ({ yes: y, partly: partly.groups[g] })),
    }
  })
  const feedback = byKey(EvaluationScales, (scale) => mean(metrics.feedback(scale)))
  const outcomes = byKey(Instruments, (instrument) => {
    const first = mean(metrics.outcome(instrument, 'first'))
    const latest = mean(metrics.outcome(instrument, 'latest'))
    const change = mean(metrics.outcome(instrument, 'change'))
    const bands = distribution(ChangeBands, (c) => {
      const o = c.outcomes[instrument]
      return o ? bandOf(instrument, o.latest - o.first) : null
    })
    const at = (g: number | 'municipality'): OutcomeFigures => {
      const of = (col: { municipality: Cell; groups: Cell[] }) =>
        g === 'municipality' ? col.municipality : (col.groups[g] ?? null)
      return {
        first: of(first),
        latest: of(latest),
        change: of(change),
        bands: g === 'municipality' ? bands.municipality : (bands.groups[g] ?? bands.municipality),
      }
    }
    return { municipality: at('municipality'), groups: groups.map((_, g) => at(g)) }
  })

  const figures = (g: number | 'municipality'): Omit<GroupFigures, 'team' | 'courses'> => ({
    ...(pick(columns, g) as Pick<
      GroupFigures,
      | 'phases'
      | 'meetingsHeld'
      | 'meetingsPerCourse'
      | 'participantsPerMeeting'
      | 'daysInCourse'
      | 'closingReasons'
    >),
    registrations: pick(registrations, g) as GroupFigures['registrations'],
    feedback: pick(feedback, g) as GroupFigures['feedback'],
    outcomes: pick(outcomes, g) as GroupFigures['outcomes'],
  })
  const countCell = (n: number): Cell => (n < MIN_COURSES ? null : { value: n, courses: n })
  return {
    minCourses: MIN_COURSES,
    municipality: { team: null, courses: countCell(courses.length), ...figures('municipality') },
    teams: groups.map((group, g) => ({
      team: group.team,
      courses: shownGroups[g] ? countCell(group.courses.length) : null,
      ...figures(g),
    })),
  }
}
