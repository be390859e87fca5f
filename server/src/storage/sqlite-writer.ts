import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  parentPort,
  receiveMessageOnPort,
  Worker,
  workerData,
} from 'node:worker_threads'
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
 * Replies come on a port of their own, with a shared count of those sent, so `takeReplies` can take
 * them between socket messages.
 */
export class SqliteWriter {
  private readonly worker: Worker
  private readonly replies: MessagePort
  /** Replies the thread has sent so far (it adds one after each). */
  private readonly sent = new Int32Array(new SharedArrayBuffer(4))
  private taken = 0
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  private nextId = 1
  private failure: Error | null = null
  private readonly commits: CommitTiming

  constructor(file: string, commits: CommitTiming) {
    this.commits = commits
    const { port1, port2 } = new MessageChannel()
    this.replies = port1
    this.worker = new Worker(new URL(import.meta.url), {
      workerData: { role: SQLITE_WRITER, file, replies: port2, sent: this.sent },
      transferList: [port2],
    })
    this.worker.unref()
    // The worker is referenced while a call is outstanding (see `call`); the port never keeps the process.
    this.replies.on('message', this.reply)
    this.replies.unref()
    const fail = (error: Error) => {
      this.failure = error
      for (const call of this.pending.values()) call.reject(error)
      this.pending.clear()
    }
    this.worker.on('error', fail)
    this.worker.on('exit', () => fail(new Error('the SQLite writer thread stopped')))
  }

  /**
   * Handles the replies that have arrived, without waiting for the event loop (cheap when there are
   * none). Under overload libuv's poll phase keeps reading sockets for hundreds of milliseconds, and a
   * committed batch's reply waited all that time (measured: 5-60 ms to commit, then 170-700 ms before the
   * main thread saw it): documents stopped reaching anyone while the writer was idle. The server calls it
   * after every message a socket brings (Storage.takeCommitted, sync/turn.ts).
   */
  takeReplies() {
    if (this.pending.size === 0 || Atomics.load(this.sent, 0) === this.taken) return
    for (let m = receiveMessageOnPort(this.replies); m; m = receiveMessageOnPort(this.replies)) {
      this.reply(m.message as WriterReply)
    }
  }

  private readonly reply = ({ id, result, error, commitSeconds }: WriterReply) => {
    this.taken += 1
    if (commitSeconds !== undefined) this.commits.observe(commitSeconds)
    const call = this.pending.get(id)
    this.pending.delete(id)
    if (this.pending.size === 0) this.worker.unref()
    if (error === undefined) call?.resolve(result)
    else call?.reject(new Error(error))
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
function runWriter(file: string, replies: MessagePort, sent: Int32Array) {
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
      replies.close()
      port.close()
      return
    }
    try {
      const { result, commitSeconds } = inTransaction(db, () => performWrite(writes, call))
      replies.postMessage({ id: call.id, result: result ?? null, commitSeconds } satisfies WriterReply)
    } catch (error) {
      replies.postMessage({ id: call.id, error: (error as Error).message } satisfies WriterReply)
    }
    Atomics.add(sent, 0, 1)
  })
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === SQLITE_WRITER) {
  const { file, replies, sent } = workerData as { file: string; replies: MessagePort; sent: Int32Array }
  runWriter(file, replies, sent)
}
