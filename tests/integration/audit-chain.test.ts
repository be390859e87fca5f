import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { createId } from '@bordenden/model'
import { PostgresStorage, postgresMigrations, SqliteStorage, sqliteMigrations } from '@bordenden/server'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { PostgresServer } from '../support/postgres.ts'
import { ServerProcess } from '../support/server.ts'

// Issue 14, fault 7: an audit log that could be edited without a trace once its triggers were dropped,
// and that grew by a row for every anonymous refusal.

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** `pnpm bordenden verify-audit` on a database: its exit code and what it printed. */
function verifyAudit(env: Record<string, string>): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['server/src/cli.ts', 'verify-audit'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    })
    return { code: 0, out }
  } catch (error) {
    const failed = error as { status: number; stdout: string }
    return { code: failed.status, out: failed.stdout }
  }
}

/** A few ordinary entries: a user, her sign-ins, a course, a refusal of a signed-in stranger. */
async function someEntries(server: ServerProcess) {
  const api = await server.coordinator()
  await server.course('audit chain')
  const { email, password } = await server.createUser('fremmed@example.dk', 'Fremmed')
  const stranger = new ApiClient(server.url)
  await stranger.login(email, password)
  const { body } = await api.request<{ courses: { courseId: string }[] }>('GET', '/api/courses')
  await stranger.request('GET', `/api/lifecycle/${body.courses[0]?.courseId}`)
}

interface Backend {
  name: string
  start(): Promise<{
    server: ServerProcess
    env: Record<string, string>
    sql(statement: string): Promise<void>
  }>
}

let postgres: PostgresServer
beforeAll(async () => {
  postgres = await PostgresServer.start()
}, 30_000)
afterAll(() => postgres?.stop())

const backends: Backend[] = [
  {
    name: 'SQLite',
    async start() {
      const server = await ServerProcess.start()
      const env = { DATA_DIR: server.dataDir }
      return {
        server,
        env,
        async sql(statement) {
          const db = new DatabaseSync(path.join(server.dataDir, 'bordenden.sqlite'))
          try {
            db.exec(statement)
          } finally {
            db.close()
          }
        },
      }
    },
  },
  {
    name: 'PostgreSQL',
    async start() {
      const env = { DATABASE_URL: await postgres.createDatabase() }
      const server = await ServerProcess.start({ env })
      return {
        server,
        env,
        async sql(statement) {
          const client = new pg.Client({ connectionString: env.DATABASE_URL })
          await client.connect()
          try {
            await client.query(statement)
          } finally {
            await client.end()
          }
        },
      }
    },
  },
]

const dropTriggers = {
  SQLite: 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;',
  PostgreSQL: 'DROP TRIGGER audit_log_no_change ON audit_log;',
}

describe.each(backends)('$name: the audit log as a hash chain', (backend) => {
  it('verifies intact, and names the entry changed after its trigger was dropped', async () => {
    const { server, env, sql } = await backend.start()
    try {
      await someEntries(server)
      const intact = verifyAudit(env)
      expect(intact.code).toBe(0)
      const entries = Number(/intact: (\d+) entries, head [0-9a-f]{64}/.exec(intact.out)?.[1])
      expect(entries).toBeGreaterThan(5)

      // The triggers still refuse a change; an administrator with the database's keys drops them first.
      await expect(sql("UPDATE audit_log SET actor = 'system' WHERE seq = 3")).rejects.toThrow(/append-only/)
      await sql(dropTriggers[backend.name as keyof typeof dropTriggers])
      await sql(`UPDATE audit_log SET detail = '{"role":"admin"}' WHERE seq = 3`)
      const changed = verifyAudit(env)
      expect(changed.code).toBe(1)
      expect(changed.out).toMatch(/^audit log broken at entry 3: its content is not what was hashed/)
      expect(changed.out).toMatch(/2 entries before it are intact/)
    } finally {
      await server.stop()
    }
  })

  it('names the entry after one that was deleted, even when the deleter re-hashed nothing', async () => {
    const { server, env, sql } = await backend.start()
    try {
      await someEntries(server)
      await sql(dropTriggers[backend.name as keyof typeof dropTriggers])
      await sql('DELETE FROM audit_log WHERE seq = 4')
      const deleted = verifyAudit(env)
      expect(deleted.code).toBe(1)
      expect(deleted.out).toMatch(/^audit log broken at entry 5: it does not name the entry before it/)
    } finally {
      await server.stop()
    }
  })
})

describe('appends from two processes at once', () => {
  const entry = (i: number) => ({
    at: i,
    actor: 'cli',
    action: 'audit.viewed' as const,
    courseId: null,
    ip: null,
    detail: { i },
  })

  it('stay one chain on SQLite', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-two-'))
    const [a, b] = [new SqliteStorage({ dataDir }), new SqliteStorage({ dataDir })]
    try {
      await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).audit.append(entry(i))))
    } finally {
      await Promise.all([a.close(), b.close()])
    }
    expect(verifyAudit({ DATA_DIR: dataDir }).out).toMatch(/intact: 200 entries/)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('stay one chain on PostgreSQL', async () => {
    const url = await postgres.createDatabase()
    const a = await PostgresStorage.connect({ url })
    const b = await PostgresStorage.connect({ url })
    try {
      await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).audit.append(entry(i))))
    } finally {
      await Promise.all([a.close(), b.close()])
    }
    expect(verifyAudit({ DATABASE_URL: url }).out).toMatch(/intact: 400 entries/)
  })
})

describe('migrating an audit log written before the chain', () => {
  const oldEntries = [
    [1_700_000_000_000, 'cli', 'user.created', null, null, '{"user":"u1","role":"coordinator"}'],
    [1_700_000_001_000, 'user:u1', 'login', null, '10.0.0.1', '{"client":"browser"}'],
    [1_700_000_002_000, 'unknown', 'course.refused', 'c1', '10.0.0.9', '{"reason":"no credential"}'],
  ] as const

  it('chains the existing entries of an SQLite database in order', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-old-'))
    try {
      const db = new DatabaseSync(path.join(dataDir, 'bordenden.sqlite'))
      for (const step of sqliteMigrations.filter((s) => s.version <= 5)) db.exec(step.sql)
      db.exec('PRAGMA user_version = 5')
      const insert = db.prepare(
        'INSERT INTO audit_log (at, actor, action, course_id, ip, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      for (const entry of oldEntries) insert.run(...entry)
      db.close()

      await new SqliteStorage({ dataDir }).close()
      const result = verifyAudit({ DATA_DIR: dataDir })
      expect(result).toMatchObject({ code: 0 })
      expect(result.out).toMatch(/intact: 3 entries/)
      // New entries link on to the migrated ones.
      const storage = new SqliteStorage({ dataDir })
      await storage.audit.append({
        at: 1_700_000_003_000,
        actor: 'cli',
        action: 'audit.viewed',
        courseId: null,
        ip: null,
        detail: {},
      })
      await storage.close()
      expect(verifyAudit({ DATA_DIR: dataDir }).out).toMatch(/intact: 4 entries/)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('chains the existing entries of a PostgreSQL database in order', async () => {
    const url = await postgres.createDatabase()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)',
      )
      for (const step of postgresMigrations.filter((s) => s.version <= 2)) {
        await client.query(step.sql)
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, 0)', [
          step.version,
          step.description,
        ])
      }
      for (const entry of oldEntries) {
        await client.query(
          'INSERT INTO audit_log (at, actor, action, course_id, ip, detail) VALUES ($1, $2, $3, $4, $5, $6)',
          [...entry],
        )
      }
    } finally {
      await client.end()
    }
    const storage = await PostgresStorage.connect({ url })
    await storage.audit.append({
      at: 1_700_000_003_000,
      actor: 'cli',
      action: 'audit.viewed',
      courseId: null,
      ip: null,
      detail: {},
    })
    await storage.close()
    const result = verifyAudit({ DATABASE_URL: url })
    expect(result).toMatchObject({ code: 0 })
    expect(result.out).toMatch(/intact: 4 entries/)
  })
})

describe('anonymous refusals', () => {
  it('are counted per address and minute: a flood of 300 leaves a row or two, with the count', async () => {
    const server = await ServerProcess.start({ env: { TRUST_PROXY: '1' } })
    const courseId = createId()
    const firstMinute = Math.floor(Date.now() / 60_000)
    const requests = Array.from({ length: 300 }, (_, i) =>
      fetch(`${server.url}/api/lifecycle/${courseId}${i % 2 ? `?token=${'a'.repeat(32)}` : ''}`, {
        headers: { 'x-forwarded-for': '192.0.2.66' },
      }).then((r) => r.status),
    )
    const statuses = await Promise.all(requests)
    const lastMinute = Math.floor(Date.now() / 60_000)
    expect(statuses.every((s) => s === 401 || s === 403)).toBe(true)
    // The current minute's tally is written at shutdown at the latest.
    await server.kill('SIGTERM')
    const db = new DatabaseSync(path.join(server.dataDir, 'bordenden.sqlite'), { readOnly: true })
    try {
      const rows = db
        .prepare("SELECT at, ip, detail FROM audit_log WHERE action = 'course.refused' AND actor = 'unknown'")
        .all() as { at: number; ip: string; detail: string }[]
      expect(rows.length).toBeGreaterThanOrEqual(1)
      expect(rows.length).toBeLessThanOrEqual(lastMinute - firstMinute + 1)
      expect(rows.every((r) => r.ip === '192.0.2.66' && r.at % 60_000 === 0)).toBe(true)
      const counts = rows.map((r) => JSON.parse(r.detail) as { count: number; reasons: string })
      expect(counts.reduce((sum, d) => sum + d.count, 0)).toBe(300)
      expect(counts[0]?.reasons).toMatch(/no access: \d+/)
    } finally {
      db.close()
      await server.stop()
    }
    expect(verifyAudit({ DATA_DIR: server.dataDir }).code).toBe(0)
  })
})
