import type pg from 'pg'
import { AuditAppendQueue } from '../audit/append-queue.ts'
import { entryHash, GENESIS_HASH, linkRows, type StoredAuditRow } from '../audit/chain.ts'
import type { AuditEntry, AuditStore } from './accounts.ts'
import { toAuditEntry, toStoredAuditRow } from './rows.ts'

/** Runs `work` in one transaction on one pooled connection (postgres.ts). */
export type Transact = (work: (client: pg.PoolClient) => Promise<void>) => Promise<void>

/** Serialises appends across every process on the database, so each links to the true previous entry. */
const AUDIT_CHAIN_LOCK = 0x6175646974 // "audit"

/**
 * The audit log in PostgreSQL; its triggers refuse UPDATE, DELETE and TRUNCATE. Appends wait for one
 * lock shared by every process, so a process writes what came in meanwhile in one transaction: one
 * lock, one commit and one pooled connection however many sockets open at once.
 */
export class PostgresAudit implements AuditStore {
  private readonly pool: pg.Pool
  private readonly queue: AuditAppendQueue

  constructor(pool: pg.Pool, transact: Transact) {
    this.pool = pool
    this.queue = new AuditAppendQueue((rows) =>
      transact(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK])
        const { rows: head } = await client.query('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1')
        for (const { row, prevHash, hash } of linkRows(head[0]?.hash ?? GENESIS_HASH, rows)) {
          await client.query(
            'INSERT INTO audit_log (at, actor, action, course_id, ip, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
            [row.at, row.actor, row.action, row.courseId, row.ip, row.detail, prevHash, hash],
          )
        }
      }),
    )
  }

  append(e: AuditEntry): Promise<void> {
    return this.queue.append(e)
  }

  async forCourse(courseId: string, limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query(
      'SELECT at, actor, action, course_id, ip, detail FROM audit_log WHERE course_id = $1 ORDER BY seq DESC LIMIT $2',
      [courseId, limit],
    )
    return rows.map(toAuditEntry)
  }

  async page(afterSeq: number, limit: number): Promise<StoredAuditRow[]> {
    const { rows } = await this.pool.query('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [
      afterSeq,
      limit,
    ])
    return rows.map(toStoredAuditRow)
  }
}

/** Links every row of an unchained log in order (the migration that introduced the chain). */
export async function chainExistingPostgres(client: pg.ClientBase) {
  const { rows } = await client.query('SELECT * FROM audit_log ORDER BY seq')
  let prev = GENESIS_HASH
  for (const row of rows.map(toStoredAuditRow)) {
    const hash = entryHash(prev, row)
    await client.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3', [prev, hash, row.seq])
    prev = hash
  }
}
