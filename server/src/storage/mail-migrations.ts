/**
 * The e-mail tables, one step for each database (SQLite 9, PostgreSQL 6), kept here so both append the
 * same step. A message waits in `mail_outbox` under an id made from what it is about (so enqueuing it
 * twice is a no-op) until one process has leased it and the SMTP server took it; once sent, its address
 * and content are cleared and only the fact remains; so they are when the SMTP server refused it for good
 * (`given_up_at`). `link_hash` is the SHA-256 of the token in the mail's
 * own link: a reminder's one-click unsubscribe, a record's PDF. Everything goes with its course.
 */
const tables = (int: string) => `
  CREATE TABLE mail_outbox (
    id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('record', 'dueSoon', 'overdue', 'meetingTomorrow')),
    party TEXT NOT NULL,
    about TEXT NOT NULL,
    message TEXT,
    link_hash TEXT UNIQUE,
    created_at ${int} NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at ${int} NOT NULL,
    lease_owner TEXT,
    lease_until ${int},
    last_error TEXT,
    sent_at ${int},
    given_up_at ${int}
  );
  CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
  CREATE INDEX mail_outbox_by_course ON mail_outbox (course_id);
  -- Who said "no more reminders" through the link in one: the citizen or a person id, per course.
  CREATE TABLE mail_opt_outs (
    course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    at ${int} NOT NULL,
    PRIMARY KEY (course_id, party)
  );
  -- The course's switch and lead time for reminders, and the citizen's address (she is no network person).
  CREATE TABLE mail_settings (
    course_id TEXT PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
    reminders INTEGER NOT NULL CHECK (reminders IN (0, 1)),
    days_before INTEGER NOT NULL CHECK (days_before BETWEEN 1 AND 14),
    citizen_email TEXT NOT NULL CHECK (length(citizen_email) <= 254)
  );
`

export const mailStep = {
  description: 'e-mail: outbox with leases, opt-outs from reminders, per-course mail settings',
  sqlite: tables('INTEGER'),
  postgres: tables('BIGINT'),
}
