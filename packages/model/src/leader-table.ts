import { ClosingReasons, closingReasonTexts } from './closing-reasons.ts'
import { EvaluationScales, evaluationScaleTexts } from './course-feedback.ts'
import { label } from './labels.ts'
import {
  type Cell,
  ChangeBands,
  evaluationFigures,
  type GroupFigures,
  type LeaderOverview,
  meaningfulChange,
} from './leader-aggregates.ts'
import { PhaseCategories, type PhaseCategory } from './leader-facts.ts'
import { Instruments, instrumentTexts } from './outcome-instruments.ts'
import { CorrectableRegistrations } from './registration-corrections.ts'

/**
 * The leader's overview as one table in Danish, for the page's tables and the CSV export alike: a row per
 * figure, a column for the municipality and one per team, and the evaluation's figure where it has one.
 */

export type LeaderSection =
  | 'courses'
  | 'meetings'
  | 'registrations'
  | 'feedback'
  | 'outcomes'
  | 'time'
  | 'closing'

export const leaderSectionTitles: Readonly<Record<LeaderSection, string>> = {
  courses: 'Forløb efter fase',
  meetings: 'Netværksmøder',
  registrations: 'Registreringer pr. møde',
  feedback: 'Borgerens evaluering af møderne (1-10)',
  outcomes: 'Trivsel og recovery (0-100)',
  time: 'Tid i forløb',
  closing: 'Afsluttede forløb efter årsag',
}

export type LeaderUnit = 'count' | 'mean' | 'percent' | 'days' | 'points'

export interface LeaderRow {
  section: LeaderSection
  /** A stable key, for the plots and tests. */
  key: string
  label: string
  unit: LeaderUnit
  municipality: Cell
  teams: Cell[]
  /** The evaluation's figure for 80 citizens (seed 001), where it gave one. */
  evaluation: number | null
}

export const registrationTexts = {
  agendaWithCitizen: 'Dagsorden skrevet med borgeren',
  inviteesChosenByCitizen: 'Borgeren valgte de inviterede',
  agreementsAtMeeting: 'Aftaler skrevet på mødet',
  followUpBeforeNextMeeting: 'Opfølgning før næste møde',
} as const

const changeBandTexts = {
  worse: (n: number) => `faldet ${n} point eller mere`,
  same: (n: number) => `under ${n} point ændring`,
  better: (n: number) => `steget ${n} point eller mere`,
}
const phaseTexts: Record<PhaseCategory, string> = {
  referral: label('coursePhase', 'referral'),
  startup: label('coursePhase', 'startup'),
  networkMeetings: label('coursePhase', 'networkMeetings'),
  closing: label('coursePhase', 'closing'),
  paused: label('coursePhase', 'paused'),
  closed: 'Afsluttet',
}

export function leaderRows(overview: LeaderOverview): LeaderRow[] {
  const rows: LeaderRow[] = []
  const add = (
    section: LeaderSection,
    key: string,
    text: string,
    unit: LeaderUnit,
    of: (g: GroupFigures) => Cell,
    evaluation: number | null = null,
  ) =>
    rows.push({
      section,
      key,
      label: text,
      unit,
      municipality: of(overview.municipality),
      teams: overview.teams.map(of),
      evaluation,
    })

  add('courses', 'courses', 'Forløb i alt', 'count', (g) => g.courses)
  for (const phase of PhaseCategories)
    add('courses', `phase.${phase}`, phaseTexts[phase], 'count', (g) => g.phases[phase])
  add('meetings', 'meetingsHeld', 'Holdte netværksmøder', 'count', (g) => g.meetingsHeld)
  add(
    'meetings',
    'meetingsPerCourse',
    'Møder pr. forløb med møder',
    'mean',
    (g) => g.meetingsPerCourse,
    evaluationFigures.meetingsPerCourse,
  )
  add(
    'meetings',
    'participantsPerMeeting',
    'Deltagere pr. møde',
    'mean',
    (g) => g.participantsPerMeeting,
    evaluationFigures.participantsPerMeeting,
  )
  for (const field of CorrectableRegistrations) {
    const name = registrationTexts[field]
    add(
      'registrations',
      `${field}.yes`,
      `${name}: ja`,
      'percent',
      (g) => g.registrations[field].yes,
      evaluationFigures.registrations[field],
    )
    add(
      'registrations',
      `${field}.partly`,
      `${name}: delvist`,
      'percent',
      (g) => g.registrations[field].partly,
    )
  }
  for (const scale of EvaluationScales)
    add(
      'feedback',
      `feedback.${scale}`,
      evaluationScaleTexts[scale].name.da,
      'mean',
      (g) => g.feedback[scale],
    )
  for (const instrument of Instruments) {
    const name = instrumentTexts[instrument].name
    const figures = evaluationFigures.outcomes[instrument]
    add(
      'outcomes',
      `${instrument}.first`,
      `${name}: første måling`,
      'points',
      (g) => g.outcomes[instrument].first,
      figures.first,
    )
    add(
      'outcomes',
      `${instrument}.latest`,
      `${name}: seneste måling`,
      'points',
      (g) => g.outcomes[instrument].latest,
      figures.latest,
    )
    add(
      'outcomes',
      `${instrument}.change`,
      `${name}: ændring`,
      'points',
      (g) => g.outcomes[instrument].change,
      figures.latest - figures.first,
    )
    for (const band of ChangeBands)
      add(
        'outcomes',
        `${instrument}.${band}`,
        `${name}: ${changeBandTexts[band](meaningfulChange[instrument])}`,
        'count',
        (g) => g.outcomes[instrument].bands[band],
      )
  }
  add(
    'time',
    'daysInCourse',
    'Dage i forløb (afsluttede forløb med møder)',
    'days',
    (g) => g.daysInCourse,
    evaluationFigures.daysInCourse,
  )
  for (const reason of ClosingReasons)
    add(
      'closing',
      `closing.${reason}`,
      closingReasonTexts[reason].da,
      'count',
      (g) => g.closingReasons[reason],
    )
  return rows
}

const decimals: Record<LeaderUnit, number> = { count: 0, mean: 1, percent: 0, days: 0, points: 1 }

/** Writes a figure with exactly `digits` decimals in the reader's language (packages/text's formatNumber). */
export type FigureFormat = (value: number, digits: number) => string

/** A figure with its unit's decimals, written by `format`; a suppressed cell says so. */
export function formatLeaderCell(cell: Cell | number | null, unit: LeaderUnit, format: FigureFormat): string {
  if (cell === null) return SUPPRESSED
  const text = format(typeof cell === 'number' ? cell : cell.value, decimals[unit])
  return unit === 'percent' ? `${text} %` : text
}

export const SUPPRESSED = 'færre end 5'
