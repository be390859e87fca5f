/**
 * The leader's overview (issue 19): the role `leder` and coordinator teams. SQLite cannot change a CHECK
 * constraint, so `users` is rebuilt (SQLite's documented 12-step way: foreign keys off for the step, the
 * new table copied, renamed into place, `foreign_key_check` before the commit). A user belongs to at most
 * one team; a course counts for its owner's team.
 */
export const leaderSqliteStep = {
  description: "the leader role ('leder') and coordinator teams",
  foreignKeysOff: true,
  sql: `
    CREATE TABLE teams (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100),
      created_at INTEGER NOT NULL
    );
    CREATE TABLE users_new (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL UNIQUE COLLATE NOCASE,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'leder')),
      password_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      disabled_at INTEGER,
      team_id TEXT REFERENCES teams (id) ON DELETE SET NULL
    );
    INSERT INTO users_new (id, email, name, role, password_hash, created_at, disabled_at)
      SELECT id, email, name, role, password_hash, created_at, disabled_at FROM users;
    DROP TABLE users;
    ALTER TABLE users_new RENAME TO users;
    CREATE INDEX users_by_team ON users (team_id);
  `,
}

export const leaderPostgresStep = {
  description: "the leader role ('leder') and coordinator teams",
  sql: `
    CREATE TABLE teams (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      created_at BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX teams_name ON teams (lower(name));
    ALTER TABLE users DROP CONSTRAINT users_role_check;
    ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin', 'coordinator', 'leder'));
    ALTER TABLE users ADD COLUMN team_id TEXT REFERENCES teams (id) ON DELETE SET NULL;
    CREATE INDEX users_by_team ON users (team_id);
  `,
}
