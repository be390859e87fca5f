import type { DatabaseSync } from 'node:sqlite'
import { leaderSqliteStep } from './leader-migrations.ts'
import { userLocaleStep } from './locale-migrations.ts'
import { mailStep } from './mail-migrations.ts'
import { outcomeMeasuresStep, sqliteStep } from './measures-migrations.ts'
import { chainExistingSqlite } from './sqlite-audit.ts'

/**
 * The SQLite schema, as data: each step runs once, in order, inside a transaction, and the database
 * remembers how far it got in `PRAGMA user_version`. Append steps; never edit a released one.
 * `after` runs in the same transaction once `sql` has, for what SQL alone cannot do (hashing).
 */
export const sqliteMigrations: readonly {
  version: number
  description: string
  sql: string
  after?: (db: DatabaseSync) => void
  /** Runs with foreign keys off (a table rebuild); the step fails unless `foreign_key_check` is clean. */
  foreignKeysOff?: boolean
}[] = [
  {
    version: 1,
    description: 'documents: append-only update log, compacted snapshots, courses',
    sql: `
      CREATE TABLE doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id TEXT NOT NULL,
        data BLOB NOT NULL,
        actor TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc_id, seq);
      CREATE TABLE doc_snapshots (
        doc_id TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        through_seq INTEGER NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'accounts: users, sessions, course members, share links, audit log',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator')),
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        disabled_at INTEGER
      );
      -- Only the SHA-256 of a session token is stored; the token itself lives in the cookie.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE TABLE course_members (
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('owner', 'coordinator')),
        added_at INTEGER NOT NULL,
        PRIMARY KEY (course_id, user_id)
      );
      CREATE INDEX course_members_by_user ON course_members (user_id);
      -- Share links: participant invitations, the citizen's link, read-only viewers. Hash only.
      CREATE TABLE share_links (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('participant', 'citizen', 'viewer')),
        label TEXT NOT NULL,
        meeting_id TEXT,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        revoked_at INTEGER,
        edit_from INTEGER,
        edit_until INTEGER,
        show_presence INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX share_links_by_course ON share_links (course_id);
      -- Append-only: no route updates or deletes a row.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        course_id TEXT,
        ip TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_by_course ON audit_log (course_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 3,
    description: 'agreement records: versioned, immutable once approved; meeting evaluations',
    sql: `
      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        meeting_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'sent')),
        content TEXT NOT NULL,
        canvas TEXT NOT NULL,
        images TEXT NOT NULL,
        hash TEXT NOT NULL,
        changes TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        approved_at INTEGER,
        approved_by TEXT,
        approval_method TEXT CHECK (approval_method IN ('inMeeting', 'inPerson', 'citizenLink')),
        sent_at INTEGER,
        sent_by TEXT,
        sent_to TEXT NOT NULL DEFAULT '[]',
        UNIQUE (course_id, meeting_id, version)
      );
      -- Once approved, a record's content is fixed: only the move to 'sent' may change it, once.
      CREATE TRIGGER records_immutable BEFORE UPDATE ON records
        WHEN OLD.status <> 'draft' AND (
          NEW.content IS NOT OLD.content OR NEW.canvas IS NOT OLD.canvas OR NEW.images IS NOT OLD.images
          OR NEW.hash IS NOT OLD.hash OR NEW.version IS NOT OLD.version OR NEW.meeting_id IS NOT OLD.meeting_id
          OR NEW.approved_at IS NOT OLD.approved_at OR NEW.approval_method IS NOT OLD.approval_method
          OR NEW.course_id IS NOT OLD.course_id OR NEW.changes IS NOT OLD.changes
          OR (OLD.status = 'sent') OR NEW.status = 'draft')
        BEGIN SELECT RAISE(ABORT, 'an approved record cannot be changed; make a new version'); END;
      CREATE TRIGGER records_no_delete BEFORE DELETE ON records WHEN OLD.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'an approved record cannot be deleted'); END;
      CREATE TABLE meeting_evaluations (
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL,
        answers TEXT NOT NULL,
        answered_at INTEGER NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (course_id, meeting_id)
      );
    `,
  },
  {
    version: 4,
    description: 'between meetings: a link may belong to a network person; when a coordinator last looked',
    sql: `
      ALTER TABLE share_links ADD COLUMN person_id TEXT;
      CREATE TABLE course_views (
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, course_id)
      );
    `,
  },
  {
    version: 5,
    description: 'agreement records: approval and sending frozen too; born drafts; no replacing',
    sql: `
      DROP TRIGGER records_immutable;
      DROP TRIGGER records_no_delete;
      -- A record is born a draft. An INSERT OR REPLACE would delete a row without the delete trigger
      -- (recursive_triggers is off), so a new row may not take the place of an approved one either.
      CREATE TRIGGER records_insert BEFORE INSERT ON records
        WHEN NEW.status <> 'draft' OR NEW.approved_at IS NOT NULL OR NEW.approved_by IS NOT NULL
          OR NEW.approval_method IS NOT NULL OR NEW.sent_at IS NOT NULL OR NEW.sent_by IS NOT NULL
          OR NEW.sent_to IS NOT '[]'
          OR EXISTS (SELECT 1 FROM records WHERE status <> 'draft' AND (id = NEW.id
            OR (course_id = NEW.course_id AND meeting_id = NEW.meeting_id AND version = NEW.version)))
        BEGIN SELECT RAISE(ABORT, 'a record starts as a new draft; it is approved and sent afterwards'); END;
      -- A draft is refreshed (content only) or approved as it stands (approval fields only); never sent.
      CREATE TRIGGER records_draft_update BEFORE UPDATE ON records
        WHEN OLD.status = 'draft' AND NOT (
          NEW.id IS OLD.id AND NEW.course_id IS OLD.course_id AND NEW.meeting_id IS OLD.meeting_id
          AND NEW.version IS OLD.version
          AND NEW.sent_at IS NULL AND NEW.sent_by IS NULL AND NEW.sent_to IS '[]'
          AND ((NEW.status = 'draft'
                AND NEW.approved_at IS NULL AND NEW.approved_by IS NULL AND NEW.approval_method IS NULL)
            OR (NEW.status = 'approved'
                AND NEW.approved_at IS NOT NULL AND NEW.approved_by IS NOT NULL AND NEW.approval_method IS NOT NULL
                AND NEW.content IS OLD.content AND NEW.canvas IS OLD.canvas AND NEW.images IS OLD.images
                AND NEW.hash IS OLD.hash AND NEW.changes IS OLD.changes
                AND NEW.created_at IS OLD.created_at AND NEW.created_by IS OLD.created_by)))
        BEGIN SELECT RAISE(ABORT, 'a draft is only refreshed, or approved as it stands'); END;
      -- Approved: every column is fixed but the sent fields, set once by the move to 'sent'. Sent: fixed.
      CREATE TRIGGER records_immutable BEFORE UPDATE ON records
        WHEN OLD.status <> 'draft' AND NOT (
          OLD.status = 'approved' AND NEW.status = 'sent'
          AND NEW.id IS OLD.id AND NEW.course_id IS OLD.course_id AND NEW.meeting_id IS OLD.meeting_id
          AND NEW.version IS OLD.version AND NEW.content IS OLD.content AND NEW.canvas IS OLD.canvas
          AND NEW.images IS OLD.images AND NEW.hash IS OLD.hash AND NEW.changes IS OLD.changes
          AND NEW.created_at IS OLD.created_at AND NEW.created_by IS OLD.created_by
          AND NEW.approved_at IS OLD.approved_at AND NEW.approved_by IS OLD.approved_by
          AND NEW.approval_method IS OLD.approval_method
          AND OLD.sent_at IS NULL AND OLD.sent_by IS NULL AND OLD.sent_to IS '[]'
          AND NEW.sent_at IS NOT NULL AND NEW.sent_by IS NOT NULL AND NEW.sent_to IS NOT '[]')
        BEGIN SELECT RAISE(ABORT, 'an approved record cannot be changed; make a new version'); END;
      CREATE TRIGGER records_no_delete BEFORE DELETE ON records WHEN OLD.status <> 'draft'
        BEGIN SELECT RAISE(ABORT, 'an approved record cannot be deleted'); END;
    `,
  },
  {
    version: 6,
    description: 'sign-in: known devices; audit log: hash chain over every entry, existing ones chained',
    sql: `
      -- A browser that signed in before keeps a long-lived cookie; only its SHA-256 is stored here.
      CREATE TABLE known_devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX known_devices_by_user ON known_devices (user_id);
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
      -- Still append-only; the one change allowed is linking an entry made before the chain, once.
      DROP TRIGGER audit_log_no_update;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
          AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor
          AND NEW.action IS OLD.action AND NEW.course_id IS OLD.course_id AND NEW.ip IS OLD.ip
          AND NEW.detail IS OLD.detail)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
    after: chainExistingSqlite,
  },
  { version: 7, ...sqliteStep(outcomeMeasuresStep) },
  {
    version: 8,
    description: 'topics the citizen suggests before a meeting, until the coordinator settles them',
    sql: `
      CREATE TABLE topic_suggestions (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('theme', 'notToDiscuss')),
        text TEXT NOT NULL,
        written_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        accepted INTEGER CHECK (accepted IN (0, 1)),
        settled_by TEXT,
        settled_at INTEGER
      );
      CREATE INDEX topic_suggestions_pending ON topic_suggestions (course_id, created_at) WHERE settled_at IS NULL;
    `,
  },
  { version: 9, ...sqliteStep(mailStep) },
  { version: 10, ...leaderSqliteStep },
  { version: 11, ...userLocaleStep },
]
