import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { AuditAppendQueue } from '../audit/append-queue.ts'
import {
  entryHash,
  GENESIS_HASH,
  linkRows,
  type StoredAuditRow,
  type UnchainedAuditRow,
} from '../audit/chain.ts'
import type { AuditEntry, AuditStore } from './accounts.ts'
import { type Row, toAuditEntry, toStoredAuditRow } from './rows.ts'

/** The statements that append to the chain, prepared once per connection. */
export function prepareAuditAppend(db: DatabaseSync) {
  return {
    head: db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
    insert: db.prepare(
      'INSERT INTO audit_log (at, actor, action, course_id, ip, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
  } satisfies Record<string, StatementSync>
}

/**
 * Appends `rows` after the chain's head. Must run inside an IMMEDIATE transaction: the admin command may
 * append at the same moment from its own process, and the head must not move before the rows are in.
 */
export function appendChained(
  sql: ReturnType<typeof prepareAuditAppend>,
  rows: readonly UnchainedAuditRow[],
) {
  const head = ((sql.head.get() as Row | undefined)?.hash as string | undefined) ?? GENESIS_HASH
  for (const { row, prevHash, hash } of linkRows(head, rows)) {
    sql.insert.run(row.at, row.actor, row.action, row.courseId, row.ip, row.detail, prevHash, hash)
  }
}

/**
 * The audit log in SQLite: triggers refuse UPDATE and DELETE; each row carries the chain's next link.
 * Appends are batched (AuditAppendQueue) and committed by `write`, on the writer thread for a database
 * file, so opening a socket costs the event loop no fsync.
 */
export class SqliteAudit implements AuditStore {
  private readonly byCourse: StatementSync
  private readonly after: StatementSync
  private readonly queue: AuditAppendQueue

  constructor(db: DatabaseSync, write: (rows: UnchainedAuditRow[]) => Promise<void>) {
    this.byCourse = db.prepare(
      'SELECT at, actor, action, course_id, ip, detail FROM audit_log WHERE course_id = ? ORDER BY seq DESC LIMIT ?',
    )
    this.after = db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?')
    this.queue = new AuditAppendQueue(write)
  }

  append(e: AuditEntry): Promise<void> {
    return this.queue.append(e)
  }

  async forCourse(courseId: string, limit: number): Promise<AuditEntry[]> {
    return (this.byCourse.all(courseId, limit) as Row[]).map(toAuditEntry)
  }

  async page(afterSeq: number, limit: number): Promise<StoredAuditRow[]> {
    return (this.after.all(afterSeq, limit) as Row[]).map(toStoredAuditRow)
  }
}

/** Links every row of an unchained log in order (the migration that introduced the chain). */
export function chainExistingSqlite(db: DatabaseSync) {
  const rows = (db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[]).map(toStoredAuditRow)
  const link = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?')
  let prev = GENESIS_HASH
  for (const row of rows) {
    const hash = entryHash(prev, row)
    link.run(prev, hash, row.seq)
    prev = hash
  }
}
