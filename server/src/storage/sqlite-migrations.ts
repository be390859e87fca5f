/**
 * The SQLite schema, as data: each step runs once, in order, inside a transaction, and the database
 * remembers how far it got in `PRAGMA user_version`. Append steps; never edit a released one.
 */
export const sqliteMigrations: readonly { version: number; description: string; sql: string }[] = [
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
]
