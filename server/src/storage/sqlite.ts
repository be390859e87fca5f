import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync, type StatementSync } from 'node:sqlite'
import { SqliteAccounts, SqliteAudit } from './sqlite-accounts.ts'
import { sqliteMigrations } from './sqlite-migrations.ts'
import { SqliteRecords } from './sqlite-records.ts'
import type { CourseRow, DocUpdate, Storage, StoredDoc } from './storage.ts'

export interface SqliteStorageOptions {
  /** A folder for `bordenden.sqlite`, or `:memory:`. */
  dataDir: string
}

/**
 * The embedded store: Node's built-in SQLite (no native addon to build), WAL journal so readers never
 * block the writer, and `synchronous=FULL` so an append that returned survives a power cut, not just a
 * process crash. Statements are prepared once.
 */
export class SqliteStorage implements Storage {
  readonly file: string
  readonly accounts: SqliteAccounts
  readonly audit: SqliteAudit
  readonly records: SqliteRecords
  private readonly db: DatabaseSync
  private readonly sql: ReturnType<typeof prepare>

  constructor(options: SqliteStorageOptions) {
    if (options.dataDir === ':memory:') {
      this.file = ':memory:'
    } else {
      mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
      this.file = path.join(options.dataDir, 'bordenden.sqlite')
    }
    this.db = new DatabaseSync(this.file)
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
    this.db.exec('PRAGMA busy_timeout = 5000;')
    migrate(this.db)
    this.sql = prepare(this.db)
    this.accounts = new SqliteAccounts(this.db)
    this.audit = new SqliteAudit(this.db)
    this.records = new SqliteRecords(this.db)
  }

  async appendUpdates(updates: readonly DocUpdate[]): Promise<number[]> {
    return this.transaction(() =>
      updates.map((u) => Number(this.sql.appendUpdate.run(u.docId, u.update, u.actor, u.at).lastInsertRowid)),
    )
  }

  async loadDoc(docId: string): Promise<StoredDoc> {
    const snapshot = this.sql.snapshot.get(docId) as { state: Uint8Array; through_seq: number } | undefined
    const rows = this.sql.updatesAfter.all(docId, snapshot?.through_seq ?? 0) as {
      seq: number
      data: Uint8Array
    }[]
    return {
      snapshot: snapshot ? snapshot.state : null,
      updates: rows.map((r) => r.data),
      lastSeq: rows.at(-1)?.seq ?? snapshot?.through_seq ?? 0,
    }
  }

  async compact(docId: string, state: Uint8Array, throughSeq: number): Promise<void> {
    this.transaction(() => {
      this.sql.putSnapshot.run(docId, state, throughSeq, Date.now())
      this.sql.deleteUpdatesThrough.run(docId, throughSeq)
    })
  }

  async storedBytes(docId: string): Promise<number> {
    const row = this.sql.storedBytes.get(docId, docId) as { bytes: number | null }
    return row.bytes ?? 0
  }

  async createCourse(course: CourseRow): Promise<void> {
    this.sql.insertCourse.run(course.id, course.title, course.createdAt)
  }

  async listCourses(): Promise<CourseRow[]> {
    return (this.sql.listCourses.all() as { id: string; title: string; created_at: number }[]).map((r) => ({
      id: r.id,
      title: r.title,
      createdAt: r.created_at,
    }))
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close()
  }

  private transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      this.db.exec('COMMIT')
      return result
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }
}

function migrate(db: DatabaseSync) {
  const current = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version
  for (const step of sqliteMigrations) {
    if (step.version <= current) continue
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(step.sql)
      db.exec(`PRAGMA user_version = ${step.version}`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw new Error(
        `SQLite migration ${step.version} (${step.description}) failed: ${(error as Error).message}`,
      )
    }
  }
}

function prepare(db: DatabaseSync) {
  const statements = {
    appendUpdate: db.prepare('INSERT INTO doc_updates (doc_id, data, actor, at) VALUES (?, ?, ?, ?)'),
    snapshot: db.prepare('SELECT state, through_seq FROM doc_snapshots WHERE doc_id = ?'),
    updatesAfter: db.prepare('SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq'),
    putSnapshot: db.prepare(
      `INSERT INTO doc_snapshots (doc_id, state, through_seq, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc_id) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq, at = excluded.at
       WHERE excluded.through_seq >= doc_snapshots.through_seq`,
    ),
    deleteUpdatesThrough: db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?'),
    storedBytes: db.prepare(
      `SELECT (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM doc_updates WHERE doc_id = ?)
            + (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM doc_snapshots WHERE doc_id = ?) AS bytes`,
    ),
    insertCourse: db.prepare('INSERT INTO courses (id, title, created_at) VALUES (?, ?, ?)'),
    listCourses: db.prepare('SELECT id, title, created_at FROM courses ORDER BY created_at'),
  } satisfies Record<string, StatementSync>
  return statements
}
