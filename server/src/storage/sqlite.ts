import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import { eraseSqliteCourse, eraseSqliteOrphans } from '../lifecycle/course-tables.ts'
import { CommitTiming } from '../ops/commit-timing.ts'
import { SqliteAccounts } from './sqlite-accounts.ts'
import { SqliteAudit } from './sqlite-audit.ts'
import { SqliteMail } from './sqlite-mail.ts'
import { SqliteMeasures } from './sqlite-measures.ts'
import { sqliteMigrations } from './sqlite-migrations.ts'
import { SqliteRecords } from './sqlite-records.ts'
import { SqliteRegistrationCorrections } from './sqlite-registration-corrections.ts'
import { SqliteSuggestions } from './sqlite-suggestions.ts'
import { inTransaction, performWrite, prepareWrites, SqliteWriter, type WriterCall } from './sqlite-writer.ts'
import type { CourseRow, DocUpdate, Storage, StoredDoc } from './storage.ts'
import { SqlTeams } from './teams.ts'

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
  readonly measures: SqliteMeasures
  readonly registrationCorrections: SqliteRegistrationCorrections
  readonly suggestions: SqliteSuggestions
  readonly teams: SqlTeams
  readonly mail: SqliteMail
  readonly commits = new CommitTiming()
  private readonly db: DatabaseSync
  private readonly sql: ReturnType<typeof prepare>
  /** For an in-memory database, which is written on this thread (see `write`). */
  private readonly writes: ReturnType<typeof prepareWrites>
  /** Commits document and audit writes off the event loop (file databases only); started on first use. */
  private writer: SqliteWriter | null = null

  constructor(options: SqliteStorageOptions) {
    if (options.dataDir === ':memory:') {
      this.file = ':memory:'
    } else {
      mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
      this.file = path.join(options.dataDir, 'bordenden.sqlite')
    }
    this.db = new DatabaseSync(this.file)
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
    // secure_delete: deleted rows are overwritten, so a deleted course leaves no bytes in the file.
    this.db.exec('PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;')
    migrate(this.db)
    this.sql = prepare(this.db)
    this.writes = prepareWrites(this.db)
    this.accounts = new SqliteAccounts(
      this.db,
      async (statements) => (await this.write({ op: 'run', statements })) as number[],
    )
    this.audit = new SqliteAudit(this.db, async (rows) => {
      await this.write({ op: 'audit', rows })
    })
    this.records = new SqliteRecords(this.db)
    this.measures = new SqliteMeasures(this.db)
    this.registrationCorrections = new SqliteRegistrationCorrections(this.db)
    this.suggestions = new SqliteSuggestions(this.db)
    this.teams = new SqlTeams(async (sql, values) =>
      this.db.prepare(sql.replace(/\$\d+/g, '?')).all(...(values as SQLInputValue[])),
    )
    this.mail = new SqliteMail(this.db)
  }

  /**
   * Appends in one transaction. With a database file the commit, and its fsync, happen on the writer
   * thread, so the event loop keeps serving sockets while a batch becomes durable; the promise still
   * resolves only once it is. The caller bounds the batches (sync/writer.ts).
   */
  async appendUpdates(updates: readonly DocUpdate[]): Promise<number[]> {
    return (await this.write({ op: 'append', updates })) as number[]
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
    await this.write({ op: 'compact', docId, state, throughSeq, at: Date.now() })
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

  async eraseCourse(courseId: string): Promise<number> {
    return eraseSqliteCourse(this.db, courseId)
  }

  async eraseOrphanDocuments(): Promise<number> {
    return eraseSqliteOrphans(this.db)
  }

  async schemaVersion(): Promise<{ current: number; latest: number }> {
    const row = this.db.prepare('PRAGMA user_version').get() as { user_version: number }
    return { current: row.user_version, latest: sqliteMigrations.at(-1)?.version ?? 0 }
  }

  async close(): Promise<void> {
    const writer = this.writer
    this.writer = null
    await writer?.close()
    if (this.db.isOpen) this.db.close()
  }

  takeCommitted() {
    this.writer?.takeReplies()
  }

  /**
   * A write on the writer thread, in order with the others; an in-memory database (tests) has no file
   * another connection could open, so it is written here, at once.
   */
  private async write(call: WriterCall): Promise<unknown> {
    if (this.file !== ':memory:') {
      this.writer ??= new SqliteWriter(this.file, this.commits)
      return this.writer.call(call)
    }
    const { result, commitSeconds } = inTransaction(this.db, () => performWrite(this.writes, call))
    this.commits.observe(commitSeconds)
    return result
  }
}

function migrate(db: DatabaseSync) {
  const current = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version
  for (const step of sqliteMigrations) {
    if (step.version <= current) continue
    // The pragma is a no-op inside a transaction, so it is switched around the step.
    if (step.foreignKeysOff) db.exec('PRAGMA foreign_keys = OFF')
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(step.sql)
      step.after?.(db)
      if (step.foreignKeysOff && db.prepare('PRAGMA foreign_key_check').all().length > 0)
        throw new Error('foreign keys broken by the step')
      db.exec(`PRAGMA user_version = ${step.version}`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw new Error(
        `SQLite migration ${step.version} (${step.description}) failed: ${(error as Error).message}`,
      )
    } finally {
      if (step.foreignKeysOff) db.exec('PRAGMA foreign_keys = ON')
    }
  }
}

function prepare(db: DatabaseSync) {
  const statements = {
    snapshot: db.prepare('SELECT state, through_seq FROM doc_snapshots WHERE doc_id = ?'),
    updatesAfter: db.prepare('SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq'),
    storedBytes: db.prepare(
      `SELECT (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM doc_updates WHERE doc_id = ?)
            + (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM doc_snapshots WHERE doc_id = ?) AS bytes`,
    ),
    insertCourse: db.prepare('INSERT INTO courses (id, title, created_at) VALUES (?, ?, ?)'),
    listCourses: db.prepare('SELECT id, title, created_at FROM courses ORDER BY created_at'),
  } satisfies Record<string, StatementSync>
  return statements
}
