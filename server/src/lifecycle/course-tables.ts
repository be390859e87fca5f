import type { DatabaseSync } from 'node:sqlite'
import { privateDocId } from '@bordenden/model'
import type pg from 'pg'

/**
 * Every table that holds something of a course, and the column naming it; children first (a record
 * keeps its course from being deleted). The audit log is not here: it is append-only and keeps the
 * course's entries (ids, actions, times; no content) and the deletion's own tombstone.
 */
const COURSE_TABLES = [
  ['mail_outbox', 'course_id'],
  ['mail_opt_outs', 'course_id'],
  ['mail_settings', 'course_id'],
  ['records', 'course_id'],
  ['outcome_measurements', 'course_id'],
  ['registration_corrections', 'course_id'],
  ['topic_suggestions', 'course_id'],
  ['meeting_evaluations', 'course_id'],
  ['course_views', 'course_id'],
  ['share_links', 'course_id'],
  ['course_members', 'course_id'],
  ['doc_updates', 'doc_id'],
  ['doc_snapshots', 'doc_id'],
  ['courses', 'id'],
] as const

/** The ids a course's rows are kept under: its own, which also names its shared document, and its coordinator-only document's. */
const idsOf = (courseId: string) => [courseId, privateDocId(courseId)]

/**
 * Document rows of no course: what a process that still held a deleted course's room wrote after it. A
 * course's documents are stored under its id and its coordinator-only document's id (see private-data.ts).
 */
const ORPHANS = ['doc_updates', 'doc_snapshots'].map(
  (table) =>
    `DELETE FROM ${table} WHERE doc_id NOT IN (SELECT id FROM courses) AND doc_id NOT IN (SELECT id || '${privateDocId('')}' FROM courses)`,
)

/**
 * Deletes a course from SQLite in one transaction. Approved records are otherwise undeletable, so the
 * trigger that guards them is dropped and put back, as it was, inside the same transaction. The store
 * runs with `secure_delete` (freed bytes are overwritten) and the checkpoint empties the WAL, so the
 * course's content is gone from the files too, not only from the tables.
 */
export function eraseSqliteCourse(db: DatabaseSync, courseId: string): number {
  const guard = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'records_no_delete'")
    .get() as { sql: string } | undefined
  db.exec('BEGIN IMMEDIATE')
  let rows = 0
  try {
    if (guard) db.exec('DROP TRIGGER records_no_delete')
    for (const [table, column] of COURSE_TABLES) {
      rows += Number(
        db.prepare(`DELETE FROM ${table} WHERE ${column} IN (?, ?)`).run(...idsOf(courseId)).changes,
      )
    }
    if (guard) db.exec(guard.sql)
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  return rows
}

export function eraseSqliteOrphans(db: DatabaseSync): number {
  let rows = 0
  for (const statement of ORPHANS) rows += Number(db.prepare(statement).run().changes)
  if (rows > 0) db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  return rows
}

/**
 * The same in a PostgreSQL transaction: under the document's advisory lock (no append or compaction of
 * it in between), with the records' guard triggers off for this transaction only (DDL is transactional).
 */
export async function erasePostgresCourse(client: pg.PoolClient, courseId: string): Promise<number> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [courseId])
  await client.query('ALTER TABLE records DISABLE TRIGGER USER')
  let rows = 0
  for (const [table, column] of COURSE_TABLES) {
    rows +=
      (await client.query(`DELETE FROM ${table} WHERE ${column} IN ($1, $2)`, idsOf(courseId))).rowCount ?? 0
  }
  await client.query('ALTER TABLE records ENABLE TRIGGER USER')
  return rows
}

export async function erasePostgresOrphans(client: pg.PoolClient): Promise<number> {
  let rows = 0
  for (const statement of ORPHANS) rows += (await client.query(statement)).rowCount ?? 0
  return rows
}
