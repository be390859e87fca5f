/**
 * The tables of what the method asks to be measured (outcome measures, corrected registrations), one
 * step for each database. Kept here, in one place, so the step can be
 * renumbered when other migrations land first; sqlite-migrations.ts and postgres-migrations.ts append it.
 * Answers are the chosen option per item only (no free text); a deleted course takes its rows with it.
 */
const table = (int: string) => `
  CREATE TABLE outcome_measurements (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    occasion TEXT NOT NULL CHECK (occasion IN ('start', 'followUp', 'closing')),
    answers TEXT NOT NULL,
    who5 ${int} NOT NULL CHECK (who5 BETWEEN 0 AND 100),
    inspire_o ${int} NOT NULL CHECK (inspire_o BETWEEN 0 AND 100),
    answered_at ${int} NOT NULL,
    recorded_by TEXT NOT NULL
  );
  CREATE INDEX outcome_measurements_by_course ON outcome_measurements (course_id, answered_at);
  -- A coordinator's correction of a registration derived from the board, with the reason; appended only.
  CREATE TABLE registration_corrections (
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN
      ('agendaWithCitizen', 'inviteesChosenByCitizen', 'agreementsAtMeeting', 'followUpBeforeNextMeeting')),
    value TEXT NOT NULL CHECK (value IN ('yes', 'partly', 'no')),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    corrected_at ${int} NOT NULL,
    corrected_by TEXT NOT NULL
  );
  CREATE INDEX registration_corrections_by_course ON registration_corrections (course_id, corrected_at);
`

export const outcomeMeasuresStep = {
  description: 'outcome measures (WHO-5, Brief INSPIRE-O) and corrected registrations',
  sqlite: table('INTEGER'),
  postgres: table('BIGINT'),
}

type Step = typeof outcomeMeasuresStep
export const sqliteStep = ({ description, sqlite }: Step) => ({ description, sql: sqlite })
export const postgresStep = ({ description, postgres }: Step) => ({ description, sql: postgres })
