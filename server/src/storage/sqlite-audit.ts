import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { entryHash, GENESIS_HASH, type StoredAuditRow } from '../audit/chain.ts'
import type { AuditEntry, AuditStore } from './accounts.ts'
import { type Row, toAuditEntry, toStoredAuditRow } from './rows.ts'

/** The audit log in SQLite: triggers refuse UPDATE and DELETE; each row carries the chain's next link. */
export class SqliteAudit implements AuditStore {
  private readonly db: DatabaseSync
  private readonly head: StatementSync
  private readonly insert: StatementSync
  private readonly byCourse: StatementSync
  private readonly after: StatementSync

  constructor(db: DatabaseSync) {
    this.db = db
    this.head = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1')
    this.insert = db.prepare(
      'INSERT INTO audit_log (at, actor, action, course_id, ip, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    this.byCourse = db.prepare(
      'SELECT at, actor, action, course_id, ip, detail FROM audit_log WHERE course_id = ? ORDER BY seq DESC LIMIT ?',
    )
    this.after = db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?')
  }

  async append(e: AuditEntry) {
    const row = { ...e, detail: JSON.stringify(e.detail) }
    // IMMEDIATE: the admin command may append at the same moment from its own process.
    this.db.exec('BEGIN IMMEDIATE')
    try {
      const prev = ((this.head.get() as Row | undefined)?.hash as string | undefined) ?? GENESIS_HASH
      this.insert.run(
        row.at,
        row.actor,
        row.action,
        row.courseId,
        row.ip,
        row.detail,
        prev,
        entryHash(prev, row),
      )
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
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
