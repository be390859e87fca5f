import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { eraseSqliteCourse, eraseSqliteOrphans } from '../lifecycle/course-tables.ts'
import { commitTiming, timedCommit } from '../ops/commit-timing.ts'
import { SqliteAccounts } from './sqlite-accounts.ts'
import { SqliteAudit } from './sqlite-audit.ts'
import { SqliteMail } from './sqlite-mail.ts'
import { SqliteMeasures } from './sqlite-measures.ts'
import { sqliteMigrations } from './sqlite-migrations.ts'
import { SqliteRecords } from './sqlite-records.ts'
import { SqliteRegistrationCorrections } from './sqlite-registration-corrections.ts'
import { SqliteSuggestions } from './sqlite-suggestions.ts'
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
  private readonly db: DatabaseSync
  private readonly sql: ReturnType<typeof prepare>
  /** Commits document writes off the event loop (file databases only); started on first use. */
  private writer: DocWriter | null = null

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
    this.accounts = new SqliteAccounts(this.db)
    this.audit = new SqliteAudit(this.db)
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
   * Appends in one transaction. With a database file the commit, and its fsync, happen on a writer
   * thread with its own connection, so the event loop keeps serving sockets while a batch becomes
   * durable; the promise still resolves only once it is. A large batch means the loop is busy: then
   * one fsync is cheap next to the batch, and committing it right here lets it be broadcast in the
   * same turn, where a handoff to the thread would cost a whole (long) turn more.
   */
  async appendUpdates(updates: readonly DocUpdate[]): Promise<number[]> {
    if (this.file === ':memory:' || (updates.length >= INLINE_BATCH && !this.writer?.busy)) {
      return this.transaction(() => appendAll(this.sql, updates))
    }
    return (await this.docWriter().call({ op: 'append', updates })) as number[]
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
    if (this.file !== ':memory:') {
      await this.docWriter().call({ op: 'compact', docId, state, throughSeq, at: Date.now() })
      return
    }
    this.transaction(() => compactDoc(this.sql, docId, state, throughSeq, Date.now()))
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

  private docWriter(): DocWriter {
    this.writer ??= new DocWriter(this.file)
    return this.writer
  }

  private transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      timedCommit(() => this.db.exec('COMMIT'))
      return result
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }
}

function appendAll(sql: ReturnType<typeof prepare>, updates: readonly DocUpdate[]): number[] {
  return updates.map((u) => Number(sql.appendUpdate.run(u.docId, u.update, u.actor, u.at).lastInsertRowid))
}

function compactDoc(
  sql: ReturnType<typeof prepare>,
  docId: string,
  state: Uint8Array,
  throughSeq: number,
  at: number,
) {
  sql.putSnapshot.run(docId, state, throughSeq, at)
  sql.deleteUpdatesThrough.run(docId, throughSeq)
}

type WriterCall =
  | { op: 'append'; updates: readonly DocUpdate[] }
  | { op: 'compact'; docId: string; state: Uint8Array; throughSeq: number; at: number }
type WriterReply = { id: number; result?: unknown; error?: string; commitSeconds?: number }

const DOC_WRITER = 'bordenden-sqlite-doc-writer'
/** Batches at least this large are committed on the calling thread (see appendUpdates). */
const INLINE_BATCH = 256

/**
 * The main thread's end of the document writer: calls are queued to one worker thread and committed
 * there in order, one transaction each, so ordering and "resolved means durable" are as before.
 */
class DocWriter {
  private readonly worker: Worker
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  private nextId = 1
  private failure: Error | null = null

  constructor(file: string) {
    this.worker = new Worker(new URL(import.meta.url), { workerData: { role: DOC_WRITER, file } })
    this.worker.unref()
    this.worker.on('message', ({ id, result, error, commitSeconds }: WriterReply) => {
      if (commitSeconds !== undefined) commitTiming.observe(commitSeconds)
      const call = this.pending.get(id)
      this.pending.delete(id)
      if (this.pending.size === 0) this.worker.unref()
      if (error === undefined) call?.resolve(result)
      else call?.reject(new Error(error))
    })
    const fail = (error: Error) => {
      this.failure = error
      for (const call of this.pending.values()) call.reject(error)
      this.pending.clear()
    }
    this.worker.on('error', fail)
    this.worker.on('exit', () => fail(new Error('the SQLite writer thread stopped')))
  }

  /** A call is outstanding: a write on another connection now would wait for its lock. */
  get busy(): boolean {
    return this.pending.size > 0
  }

  call(message: WriterCall): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    // Referenced while a write is outstanding, so a process never exits with a batch half-written.
    if (this.pending.size === 0) this.worker.ref()
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, ...message })
    })
  }

  /** Lets queued writes finish, then stops the thread. */
  async close() {
    if (this.failure) return
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()))
    this.worker.ref()
    this.worker.postMessage({ id: 0, op: 'close' })
    await exited
  }
}

/** The writer thread: its own connection to the same WAL database, one transaction per call. */
function runDocWriter(file: string) {
  const port = parentPort
  if (!port) return
  const db = new DatabaseSync(file)
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;',
  )
  const sql = prepare(db)
  port.on('message', (call: (WriterCall & { id: number }) | { id: 0; op: 'close' }) => {
    if (call.op === 'close') {
      db.close()
      port.close()
      return
    }
    try {
      db.exec('BEGIN IMMEDIATE')
      let result: unknown = null
      let commitSeconds: number
      try {
        if (call.op === 'append') result = appendAll(sql, call.updates)
        else compactDoc(sql, call.docId, call.state, call.throughSeq, call.at)
        const started = performance.now()
        db.exec('COMMIT')
        commitSeconds = (performance.now() - started) / 1000 // timed here: this thread has no listener
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
      port.postMessage({ id: call.id, result, commitSeconds } satisfies WriterReply)
    } catch (error) {
      port.postMessage({ id: call.id, error: (error as Error).message } satisfies WriterReply)
    }
  })
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === DOC_WRITER) {
  runDocWriter((workerData as { file: string }).file)
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
