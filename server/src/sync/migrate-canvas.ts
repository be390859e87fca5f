import { canvasSchemaVersions, isCurrentCanvasSchema, migrateCanvasRecords } from '@bordenden/canvas-schema'
import { CANVAS_SCHEMA_META_KEY, CourseDoc, DocKeys, MIGRATION_ORIGIN } from '@bordenden/model'
import type * as Y from 'yjs'

export type CanvasMigrationOutcome =
  | { kind: 'current' }
  /** The document named no versions (written before they were noted, by this build's tldraw): noted now. */
  | { kind: 'noted' }
  /** The canvas was written under older tldraw versions and now holds this build's. */
  | { kind: 'migrated'; records: number; removed: number }
  /** Versions this build cannot migrate from (newer, or not a schema): left as they are. */
  | { kind: 'failed'; reason: string }

/**
 * Brings a course document's canvas records to the tldraw versions this build writes, on the server as
 * the document is loaded (like the model's migrations; never in whichever board opens it first), and
 * notes the versions in meta so it happens once. A document that names no versions was written before
 * they were noted, by this build's tldraw: it only gets the note. Boards on other versions are told to
 * reload when they connect (route.ts), and a client cannot write other versions into meta (the shape
 * check), so the records and their versions stay in step.
 */
export function migrateCanvas(doc: Y.Doc): CanvasMigrationOutcome {
  const meta = doc.getMap(DocKeys.meta)
  const stored = meta.get(CANVAS_SCHEMA_META_KEY)
  if (isCurrentCanvasSchema(stored)) return { kind: 'current' }
  let outcome: CanvasMigrationOutcome = { kind: 'noted' }
  if (stored !== undefined) {
    // Only here: a YKeyValue observes the canvas for as long as the document is open.
    const records = new CourseDoc(doc).canvasRecords()
    const current = new Map<string, unknown>()
    for (const [key, { val }] of records.map) current.set(key, val)
    const migration = migrateCanvasRecords(current, stored)
    if (!migration.ok) return { kind: 'failed', reason: migration.reason }
    doc.transact(() => {
      for (const [id, record] of migration.changed) records.set(id, record)
      for (const id of migration.removed) records.delete(id)
    }, MIGRATION_ORIGIN)
    outcome = { kind: 'migrated', records: migration.changed.size, removed: migration.removed.length }
  }
  doc.transact(() => meta.set(CANVAS_SCHEMA_META_KEY, canvasSchemaVersions), MIGRATION_ORIGIN)
  return outcome
}
