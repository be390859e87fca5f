import type { ClientBase } from 'pg'
import { leaderPostgresStep } from './leader-migrations.ts'
import { userLocaleStep } from './locale-migrations.ts'
import { mailStep } from './mail-migrations.ts'
import { outcomeMeasuresStep, postgresStep } from './measures-migrations.ts'
import { chainExistingPostgres } from './postgres-audit.ts'

/**
 * The PostgreSQL schema, as data: the same tables as SQLite's (sqlite-migrations.ts), in one step per
 * release, each run once inside a transaction and recorded in `schema_migrations`. Append steps; never
 * edit a released one. Milliseconds since the epoch are BIGINT;
 * JSON is kept as the exact TEXT the server wrote, as in SQLite, so a record's bytes never change.
 */
export const postgresMigrations: readonly {
  version: number
  description: string
  sql: string
  /** Runs in the same transaction once `sql` has, for what SQL alone should not do (hashing). */
  after?: (client: ClientBase) => Promise<void>
}[] = [
  {
    version: 1,
    description: 'documents, courses, accounts, audit log, agreement records',
    sql: `
      CREATE TABLE doc_updates (
        seq BIGSERIAL PRIMARY KEY,
        doc_id TEXT NOT NULL,
        data BYTEA NOT NULL,
        actor TEXT NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc_id, seq);
      CREATE TABLE doc_snapshots (
        doc_id TEXT PRIMARY KEY,
        state BYTEA NOT NULL,
        through_seq BIGINT NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator')),
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        disabled_at BIGINT
      );
      CREATE UNIQUE INDEX users_email ON users (lower(email));
      -- Only the SHA-256 of a session token is stored; the token itself lives in the cookie.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE TABLE course_members (
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('owner', 'coordinator')),
        added_at BIGINT NOT NULL,
        PRIMARY KEY (course_id, user_id)
      );
      CREATE INDEX course_members_by_user ON course_members (user_id);
      CREATE TABLE share_links (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('participant', 'citizen', 'viewer')),
        label TEXT NOT NULL,
        meeting_id TEXT,
        person_id TEXT,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT,
        revoked_at BIGINT,
        edit_from BIGINT,
        edit_until BIGINT,
        show_presence BOOLEAN NOT NULL DEFAULT FALSE
      );
      CREATE INDEX share_links_by_course ON share_links (course_id);
      CREATE TABLE course_views (
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        seen_at BIGINT NOT NULL,
        PRIMARY KEY (user_id, course_id)
      );

      -- Append-only, enforced by the database for every client, not just by the server's routes.
      CREATE TABLE audit_log (
        seq BIGSERIAL PRIMARY KEY,
        at BIGINT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        course_id TEXT,
        ip TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_by_course ON audit_log (course_id, seq);
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

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
        created_at BIGINT NOT NULL,
        created_by TEXT NOT NULL,
        approved_at BIGINT,
        approved_by TEXT,
        approval_method TEXT CHECK (approval_method IN ('inMeeting', 'inPerson', 'citizenLink')),
        sent_at BIGINT,
        sent_by TEXT,
        sent_to TEXT NOT NULL DEFAULT '[]',
        UNIQUE (course_id, meeting_id, version)
      );
      -- Once approved, a record's content is fixed: only the move to 'sent' may change it, once.
      CREATE FUNCTION records_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'an approved record cannot be deleted'; END IF;
            RETURN OLD;
          END IF;
          IF OLD.status <> 'draft' AND (
            NEW.content IS DISTINCT FROM OLD.content OR NEW.canvas IS DISTINCT FROM OLD.canvas
            OR NEW.images IS DISTINCT FROM OLD.images OR NEW.hash IS DISTINCT FROM OLD.hash
            OR NEW.version IS DISTINCT FROM OLD.version OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id
            OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
            OR NEW.approval_method IS DISTINCT FROM OLD.approval_method
            OR NEW.course_id IS DISTINCT FROM OLD.course_id OR NEW.changes IS DISTINCT FROM OLD.changes
            OR OLD.status = 'sent' OR NEW.status = 'draft'
          ) THEN
            RAISE EXCEPTION 'an approved record cannot be changed; make a new version';
          END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER records_immutable BEFORE UPDATE OR DELETE ON records
        FOR EACH ROW EXECUTE FUNCTION records_immutable();
      CREATE TABLE meeting_evaluations (
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL,
        answers TEXT NOT NULL,
        answered_at BIGINT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (course_id, meeting_id)
      );
    `,
  },
  {
    version: 2,
    description: 'agreement records: approval and sending frozen too; born drafts; no truncating',
    sql: `
      DROP TRIGGER records_immutable ON records;
      DROP FUNCTION records_immutable();
      -- Born a draft; a draft is refreshed (content only) or approved as it stands (approval fields
      -- only); an approved record changes once more, to 'sent', setting the sent fields; then never.
      CREATE FUNCTION records_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'TRUNCATE' THEN RAISE EXCEPTION 'an approved record cannot be deleted'; END IF;
          IF TG_OP = 'DELETE' THEN
            IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'an approved record cannot be deleted'; END IF;
            RETURN OLD;
          END IF;
          IF TG_OP = 'INSERT' THEN
            IF NEW.status <> 'draft' OR NEW.approved_at IS NOT NULL OR NEW.approved_by IS NOT NULL
              OR NEW.approval_method IS NOT NULL OR NEW.sent_at IS NOT NULL OR NEW.sent_by IS NOT NULL
              OR NEW.sent_to IS DISTINCT FROM '[]' THEN
              RAISE EXCEPTION 'a record starts as a new draft; it is approved and sent afterwards';
            END IF;
            RETURN NEW;
          END IF;
          IF OLD.status = 'draft' THEN
            IF (NEW.id, NEW.course_id, NEW.meeting_id, NEW.version)
                IS NOT DISTINCT FROM (OLD.id, OLD.course_id, OLD.meeting_id, OLD.version)
              AND NEW.sent_at IS NULL AND NEW.sent_by IS NULL AND NEW.sent_to IS NOT DISTINCT FROM '[]' AND (
              (NEW.status = 'draft' AND NEW.approved_at IS NULL AND NEW.approved_by IS NULL
                AND NEW.approval_method IS NULL)
              OR (NEW.status = 'approved' AND NEW.approved_at IS NOT NULL AND NEW.approved_by IS NOT NULL
                AND NEW.approval_method IS NOT NULL
                AND (NEW.content, NEW.canvas, NEW.images, NEW.hash, NEW.changes, NEW.created_at, NEW.created_by)
                  IS NOT DISTINCT FROM
                  (OLD.content, OLD.canvas, OLD.images, OLD.hash, OLD.changes, OLD.created_at, OLD.created_by))
            ) THEN
              RETURN NEW;
            END IF;
            RAISE EXCEPTION 'a draft is only refreshed, or approved as it stands';
          END IF;
          IF OLD.status = 'approved' AND NEW.status = 'sent'
            AND (NEW.id, NEW.course_id, NEW.meeting_id, NEW.version, NEW.content, NEW.canvas, NEW.images,
                 NEW.hash, NEW.changes, NEW.created_at, NEW.created_by,
                 NEW.approved_at, NEW.approved_by, NEW.approval_method)
              IS NOT DISTINCT FROM
                (OLD.id, OLD.course_id, OLD.meeting_id, OLD.version, OLD.content, OLD.canvas, OLD.images,
                 OLD.hash, OLD.changes, OLD.created_at, OLD.created_by,
                 OLD.approved_at, OLD.approved_by, OLD.approval_method)
            AND OLD.sent_at IS NULL AND OLD.sent_by IS NULL AND OLD.sent_to IS NOT DISTINCT FROM '[]'
            AND NEW.sent_at IS NOT NULL AND NEW.sent_by IS NOT NULL AND NEW.sent_to IS DISTINCT FROM '[]' THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'an approved record cannot be changed; make a new version';
        END $$;
      CREATE TRIGGER records_guard BEFORE INSERT OR UPDATE OR DELETE ON records
        FOR EACH ROW EXECUTE FUNCTION records_guard();
      CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON records
        FOR EACH STATEMENT EXECUTE FUNCTION records_guard();
    `,
  },
  {
    version: 3,
    description: 'sign-in: known devices; audit log: hash chain over every entry, existing ones chained',
    sql: `
      -- A browser that signed in before keeps a long-lived cookie; only its SHA-256 is stored here.
      CREATE TABLE known_devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX known_devices_by_user ON known_devices (user_id);
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT, ADD COLUMN hash TEXT;
      -- Still append-only; the one change allowed is linking an entry made before the chain, once.
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
            AND (NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.course_id, NEW.ip, NEW.detail)
              IS NOT DISTINCT FROM (OLD.seq, OLD.at, OLD.actor, OLD.action, OLD.course_id, OLD.ip, OLD.detail)
          THEN RETURN NEW;
          END IF;
          RAISE EXCEPTION 'the audit log is append-only';
        END $$;
    `,
    after: chainExistingPostgres,
  },
  { version: 4, ...postgresStep(outcomeMeasuresStep) },
  {
    version: 5,
    description: 'topics the citizen suggests before a meeting, until the coordinator settles them',
    sql: `
      CREATE TABLE topic_suggestions (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('theme', 'notToDiscuss')),
        text TEXT NOT NULL,
        written_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        accepted BOOLEAN,
        settled_by TEXT,
        settled_at BIGINT
      );
      CREATE INDEX topic_suggestions_pending ON topic_suggestions (course_id, created_at) WHERE settled_at IS NULL;
    `,
  },
  { version: 6, ...postgresStep(mailStep) },
  { version: 7, ...leaderPostgresStep },
  { version: 8, ...userLocaleStep },
]
