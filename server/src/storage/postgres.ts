import pg from 'pg'
import * as Y from 'yjs'
import { erasePostgresCourse, erasePostgresOrphans } from '../lifecycle/course-tables.ts'
import { CommitTiming } from '../ops/commit-timing.ts'
import { PostgresAccounts } from './postgres-accounts.ts'
import { PostgresAudit } from './postgres-audit.ts'
import { PostgresMail } from './postgres-mail.ts'
import { PostgresMeasures } from './postgres-measures.ts'
import { postgresMigrations } from './postgres-migrations.ts'
import { PostgresRecords } from './postgres-records.ts'
import { PostgresRegistrationCorrections } from './postgres-registration-corrections.ts'
import { PostgresSuggestions } from './postgres-suggestions.ts'
import type { CourseRow, DocUpdate, Storage, StoredDoc } from './storage.ts'
import { SqlTeams } from './teams.ts'

export interface PostgresStorageOptions {
  /** `postgres://user:password@host:port/database` */
  url: string
  /** Connections in the pool; a process's document writes go one batch at a time anyway. */
  maxConnections?: number
  /** Called when an idle pooled connection breaks (e.g. the database restarted); the pool replaces it. */
  onIdleError?: (error: Error) => void
}

const INT8_OID = 20
/** Milliseconds and sequence numbers fit in a double; BIGINT would otherwise come back as a string. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
}

/** One lock key for migrations across every process that starts at the same moment. */
const MIGRATION_LOCK = 7_461_726_466

/**
 * The shared store for several server processes. Every process may hold the same room, so the
 * document writes are serialised per document with a transaction-scoped advisory lock:
 * - appends take the document's lock, so a document's sequence numbers become visible in order (a
 *   reader never sees seq 11 while seq 10 is still uncommitted, which compaction would then delete);
 * - compaction takes the same lock, skips when another process already compacted further, and folds the
 *   stored snapshot and every logged update it replaces into the new snapshot, so a process that had
 *   not yet received another's update (it arrives by pub/sub) cannot make it disappear.
 */
export class PostgresStorage implements Storage {
  readonly accounts: PostgresAccounts
  readonly audit: PostgresAudit
  readonly records: PostgresRecords
  readonly measures: PostgresMeasures
  readonly registrationCorrections: PostgresRegistrationCorrections
  readonly suggestions: PostgresSuggestions
  readonly teams: SqlTeams
  readonly mail: PostgresMail
  readonly commits = new CommitTiming()
  private readonly pool: pg.Pool

  private constructor(pool: pg.Pool) {
    this.pool = pool
    this.accounts = new PostgresAccounts(pool)
    this.audit = new PostgresAudit(pool, (work) => inTransaction(pool, work, 'READ WRITE', this.commits))
    this.records = new PostgresRecords(pool)
    this.measures = new PostgresMeasures(pool)
    this.registrationCorrections = new PostgresRegistrationCorrections(pool)
    this.suggestions = new PostgresSuggestions(pool)
    this.teams = new SqlTeams(async (sql, values) => (await pool.query(sql, values)).rows)
    this.mail = new PostgresMail(pool)
  }

  /** Connects and brings the schema up to date (one process at a time). */
  static async connect(options: PostgresStorageOptions): Promise<PostgresStorage> {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 8,
      types,
      connectionTimeoutMillis: 5_000,
    })
    pool.on('error', (error) => options.onIdleError?.(error))
    try {
      await migrate(pool)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresStorage(pool)
  }

  async appendUpdates(updates: readonly DocUpdate[]): Promise<number[]> {
    if (updates.length === 0) return []
    return this.transaction(async (client) => {
      // Sorted, so two processes locking the same documents cannot deadlock.
      const docIds = [...new Set(updates.map((u) => u.docId))].sort()
      await client.query(
        'SELECT pg_advisory_xact_lock(hashtextextended(d, 0)) FROM unnest($1::text[]) AS d',
        [docIds],
      )
      const { rows } = await client.query(
        `INSERT INTO doc_updates (doc_id, data, actor, at)
         SELECT doc_id, data, actor, at
         FROM unnest($1::text[], $2::bytea[], $3::text[], $4::bigint[]) WITH ORDINALITY AS u(doc_id, data, actor, at, n)
         ORDER BY n
         RETURNING seq`,
        [
          updates.map((u) => u.docId),
          updates.map((u) => Buffer.from(u.update.buffer, u.update.byteOffset, u.update.byteLength)),
          updates.map((u) => u.actor),
          updates.map((u) => u.at),
        ],
      )
      // Sequence values are drawn in insertion order, which is the order of the batch.
      return rows.map((r) => r.seq as number).sort((a, b) => a - b)
    })
  }

  async loadDoc(docId: string): Promise<StoredDoc> {
    // One snapshot of the database for both reads, so a compaction in between cannot hide updates.
    return this.transaction(async (client) => {
      const snapshot = (
        await client.query('SELECT state, through_seq FROM doc_snapshots WHERE doc_id = $1', [docId])
      ).rows[0] as { state: Buffer; through_seq: number } | undefined
      const { rows } = await client.query(
        'SELECT seq, data FROM doc_updates WHERE doc_id = $1 AND seq > $2 ORDER BY seq',
        [docId, snapshot?.through_seq ?? 0],
      )
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
        updates: rows.map((r) => new Uint8Array(r.data as Buffer)),
        lastSeq: (rows.at(-1)?.seq as number | undefined) ?? snapshot?.through_seq ?? 0,
      }
    }, 'REPEATABLE READ READ ONLY')
  }

  async compact(docId: string, state: Uint8Array, throughSeq: number): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [docId])
      const stored = (
        await client.query('SELECT state, through_seq FROM doc_snapshots WHERE doc_id = $1', [docId])
      ).rows[0] as { state: Buffer; through_seq: number } | undefined
      if (stored && stored.through_seq >= throughSeq) return // another process got here first
      const { rows } = await client.query(
        'SELECT data FROM doc_updates WHERE doc_id = $1 AND seq <= $2 ORDER BY seq',
        [docId, throughSeq],
      )
      const merged = Y.mergeUpdates([
        ...(stored ? [new Uint8Array(stored.state)] : []),
        state,
        ...rows.map((r) => new Uint8Array(r.data as Buffer)),
      ])
      await client.query(
        `INSERT INTO doc_snapshots (doc_id, state, through_seq, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc_id) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq, at = excluded.at`,
        [docId, Buffer.from(merged), throughSeq, Date.now()],
      )
      await client.query('DELETE FROM doc_updates WHERE doc_id = $1 AND seq <= $2', [docId, throughSeq])
    })
  }

  async storedBytes(docId: string): Promise<number> {
    const { rows } = await this.pool.query(
      `SELECT (SELECT COALESCE(SUM(octet_length(data)), 0) FROM doc_updates WHERE doc_id = $1)
            + (SELECT COALESCE(SUM(octet_length(state)), 0) FROM doc_snapshots WHERE doc_id = $1) AS bytes`,
      [docId],
    )
    return Number(rows[0]?.bytes ?? 0)
  }

  async createCourse(course: CourseRow): Promise<void> {
    await this.pool.query('INSERT INTO courses (id, title, created_at) VALUES ($1, $2, $3)', [
      course.id,
      course.title,
      course.createdAt,
    ])
  }

  async listCourses(): Promise<CourseRow[]> {
    const { rows } = await this.pool.query('SELECT id, title, created_at FROM courses ORDER BY created_at')
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      createdAt: r.created_at as number,
    }))
  }

  async eraseCourse(courseId: string): Promise<number> {
    return this.transaction((client) => erasePostgresCourse(client, courseId))
  }

  async eraseOrphanDocuments(): Promise<number> {
    return this.transaction((client) => erasePostgresOrphans(client))
  }

  async schemaVersion(): Promise<{ current: number; latest: number }> {
    const { rows } = await this.pool.query(
      'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
    )
    return { current: rows[0].version as number, latest: postgresMigrations.at(-1)?.version ?? 0 }
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end()
  }

  private transaction<T>(work: (client: pg.PoolClient) => Promise<T>, mode = 'READ WRITE'): Promise<T> {
    return inTransaction(this.pool, work, mode, this.commits)
  }
}

async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  mode = 'READ WRITE',
  /** Where a writing transaction reports its COMMIT's time (none while migrating). */
  commits?: CommitTiming,
): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  // A connection that dies between two statements emits 'error' on the client (an unhandled one would
  // end the process); the statement waiting on it fails too, and that failure is what the caller sees.
  const lost = (error: Error) => {
    broken = error
  }
  client.on('error', lost)
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${mode === 'READ WRITE' ? 'READ COMMITTED' : mode}`)
    const result = await work(client)
    // Only writing transactions flush the WAL; read-only ones would dilute the fsync figure.
    if (mode === 'READ WRITE' && commits) await commits.timed(() => client.query('COMMIT'))
    else await client.query('COMMIT')
    return result
  } catch (error) {
    try {
      await client.query('ROLLBACK')
    } catch (rollbackError) {
      broken = rollbackError as Error // the connection is gone; do not hand it out again
    }
    throw error
  } finally {
    client.off('error', lost)
    client.release(broken)
  }
}

async function migrate(pool: pg.Pool) {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)`,
    )
    const { rows } = await client.query('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations')
    const current = rows[0].version as number
    for (const step of postgresMigrations) {
      if (step.version <= current) continue
      try {
        await client.query(step.sql)
        await step.after?.(client)
      } catch (error) {
        throw new Error(
          `PostgreSQL migration ${step.version} (${step.description}) failed: ${(error as Error).message}`,
        )
      }
      await client.query(
        'INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)',
        [step.version, step.description, Date.now()],
      )
    }
  })
}
