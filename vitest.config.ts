import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

// One runner for the whole repo. Unit tests sit beside their code; integration and end-to-end tests
// start real server processes (and Chromium) from tests/.

/**
 * The tests whose data or expectations are calendar days: the demo course (days are offsets from today),
 * due dates, meeting days, edit windows by the day, the overview's "today", and records that print dates.
 * The rest (sync protocol, storage, scale, faults, sessions, offline) does not look at the calendar.
 */
const dateSensitive = {
  integration: [
    'tests/integration/{access,between-meetings,course-admin,extension-token,lifecycle,records}.test.ts',
    'tests/integration/{measures,registrations,status-reports,topic-suggestions}.test.ts',
    'tests/integration/mail-reminders.test.ts',
  ],
  e2e: [
    'tests/e2e/{citizen-page,citizen-print,course-views,extension-desk,extension-meeting,full-meeting}.test.ts',
    'tests/e2e/meeting-boards.test.ts',
    'tests/e2e/{record-flow,record-print}.test.ts',
    'tests/e2e/{between-meetings-period,outcome-measures,short-pages}.test.ts',
  ],
}

/**
 * Days the date-sensitive tests run on besides today, at 10:00 in Copenhagen: a year's last day, a
 * February's last day, a leap day; and the day summer time starts at half past midnight, when Denmark is
 * already on the new day and UTC (the test machine's and the browsers' zone) still on the old one.
 */
const otherDays = [
  '2026-12-31T10:00:00+01:00',
  '2027-02-28T10:00:00+01:00',
  '2027-03-28T00:30:00+01:00',
  '2028-02-29T10:00:00+01:00',
]

// Every process of a run (test workers, servers, the admin command, Chromium pages) moves its clock by
// the same offset, taken once here, so they agree to the millisecond; see tests/support/clock.ts.
const startedAt = Date.now()
const setupFiles = ['tests/support/clock-setup.ts']

const unit = ['packages/*/src/**/*.test.{ts,tsx}', 'server/src/**/*.test.ts', 'extension/src/**/*.test.ts']
// `expect.poll` gives up after 1 s by default: a deadline a busy machine misses (signing in hashes a
// password). Tests wait for what they poll; the timeout only bounds a broken run.
const expect = { poll: { timeout: 30_000 } }
const integration = { testTimeout: 60_000, hookTimeout: 60_000, setupFiles, expect }
// Chromium instances are heavy on two cores: one e2e file at a time.
const e2e = { testTimeout: 120_000, hookTimeout: 90_000, setupFiles, expect, fileParallelism: false }

/**
 * The date-sensitive tests on another day. Vitest runs groups (`sequence.groupOrder`) one after another;
 * each day is one group, so its integration files use the second core while its e2e files run one at a
 * time (no two Chromium files overlap). The e2e files run on two of the days, where what a page shows
 * differs most (a year's end: every date in the next year; summer time); February's last day and the leap
 * day are date arithmetic, which the unit and integration files cover (and keep the suite under 10 min).
 */
const onOtherDay = (instant: string, i: number): TestProjectInlineConfiguration[] => {
  const day = instant.slice(0, 10)
  const env = { TEST_CLOCK_OFFSET_MS: String(Date.parse(instant) - startedAt) }
  const sequence = { groupOrder: 1 + i }
  const projects: TestProjectInlineConfiguration[] = [
    { test: { name: `unit on ${day}`, include: unit, setupFiles, env, sequence } },
    {
      test: {
        name: `integration on ${day}`,
        include: dateSensitive.integration,
        ...integration,
        env,
        sequence,
      },
    },
  ]
  if (!day.endsWith('-02-28') && !day.endsWith('-02-29')) {
    projects.push({ test: { name: `e2e on ${day}`, include: dateSensitive.e2e, ...e2e, env, sequence } })
  }
  return projects
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: unit } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/bench/test/*.test.ts'],
          ...integration,
        },
      },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...e2e } },
      ...otherDays.flatMap(onOtherDay),
    ],
  },
})
