import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { UnchainedAuditRow } from '../audit/chain.ts'
import type { CommitTiming } from '../ops/commit-timing.ts'
import { appendChained, prepareAuditAppend } from './sqlite-audit.ts'
import type { DocUpdate } from './storage.ts'

/** The statements that write documents, prepared once per connection. */
function prepareDocWrites(db: DatabaseSync) {
  return {
    appendUpdate: db.prepare('INSERT INTO doc_updates (doc_id, data, actor, at) VALUES (?, ?, ?, ?)'),
    putSnapshot: db.prepare(
      `INSERT INTO doc_snapshots (doc_id, state, through_seq, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc_id) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq, at = excluded.at
       WHERE excluded.through_seq >= doc_snapshots.through_seq`,
    ),
    deleteUpdatesThrough: db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?'),
  } satisfies Record<string, StatementSync>
}

type DocWrites = ReturnType<typeof prepareDocWrites>

function appendAll(sql: DocWrites, updates: readonly DocUpdate[]): number[] {
  return updates.map((u) => Number(sql.appendUpdate.run(u.docId, u.update, u.actor, u.at).lastInsertRowid))
}

function compactDoc(sql: DocWrites, docId: string, state: Uint8Array, throughSeq: number, at: number) {
  sql.putSnapshot.run(docId, state, throughSeq, at)
  sql.deleteUpdatesThrough.run(docId, throughSeq)
}

/**
 * Runs `work` in one write transaction. IMMEDIATE: the lock is taken at the start, so another connection
 * (the other thread, or the admin command's process) waits instead of failing halfway. Returns the work's
 * result and how long the COMMIT (its fsync) took.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): { result: T; commitSeconds: number } {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    const started = performance.now()
    db.exec('COMMIT')
    return { result, commitSeconds: (performance.now() - started) / 1000 }
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** A statement and its parameters, for writes that are not documents or audit entries (accounts). */
export interface Statement {
  sql: string
  params: SQLInputValue[]
}

/** One write the thread commits, in one transaction. */
export type WriterCall =
  | { op: 'append'; updates: readonly DocUpdate[] }
  | { op: 'compact'; docId: string; state: Uint8Array; throughSeq: number; at: number }
  | { op: 'audit'; rows: UnchainedAuditRow[] }
  | { op: 'run'; statements: Statement[] }
/** Every statement a write call needs, prepared once per connection. */
export function prepareWrites(db: DatabaseSync) {
  const prepared = new Map<string, StatementSync>()
  /** Each distinct statement is prepared once (they are a fixed set, e.g. SqliteAccounts'). */
  const statement = (sql: string) => {
    const known = prepared.get(sql)
    if (known) return known
    const stmt = db.prepare(sql)
    prepared.set(sql, stmt)
    return stmt
  }
  return { docs: prepareDocWrites(db), audit: prepareAuditAppend(db), statement }
}

/** Does what `call` asks; run it inside `inTransaction`. */
export function performWrite(writes: ReturnType<typeof prepareWrites>, call: WriterCall): unknown {
  if (call.op === 'append') return appendAll(writes.docs, call.updates)
  if (call.op === 'compact') return compactDoc(writes.docs, call.docId, call.state, call.throughSeq, call.at)
  if (call.op === 'run')
    return call.statements.map((s) => Number(writes.statement(s.sql).run(...s.params).changes))
  return appendChained(writes.audit, call.rows)
}

type WriterReply = { id: number; result?: unknown; error?: string; commitSeconds?: number }

const SQLITE_WRITER = 'bordenden-sqlite-writer'

/**
 * The main thread's end of the SQLite writer: calls are queued to one worker thread with its own
 * connection and committed there in order, one transaction each, so the event loop keeps serving
 * sockets while a write and its fsync happen, and a call resolves only once its write is durable.
 */
export class SqliteWriter {
  private readonly worker: Worker
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  private nextId = 1
  private failure: Error | null = null

  constructor(file: string, commits: CommitTiming) {
    this.worker = new Worker(new URL(import.meta.url), { workerData: { role: SQLITE_WRITER, file } })
    this.worker.unref()
    this.worker.on('message', ({ id, result, error, commitSeconds }: WriterReply) => {
      if (commitSeconds !== undefined) commits.observe(commitSeconds)
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
function runWriter(file: string) {
  const port = parentPort
  if (!port) return
  const db = new DatabaseSync(file)
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;',
  )
  const writes = prepareWrites(db)
  port.on('message', (call: (WriterCall & { id: number }) | { id: 0; op: 'close' }) => {
    if (call.op === 'close') {
      db.close()
      port.close()
      return
    }
    try {
      const { result, commitSeconds } = inTransaction(db, () => performWrite(writes, call))
      port.postMessage({ id: call.id, result: result ?? null, commitSeconds } satisfies WriterReply)
    } catch (error) {
      port.postMessage({ id: call.id, error: (error as Error).message } satisfies WriterReply)
    }
  })
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === SQLITE_WRITER) {
  runWriter((workerData as { file: string }).file)
}
