import type { TLRecord } from '@tldraw/tlschema'
import { canvasSchema } from './canvasSchema.ts'

/** tldraw's serialized schema, version 2 (@tldraw/store's SerializedSchemaV2; tlschema does not re-export it). */
export interface CanvasSchemaVersions {
  schemaVersion: 2
  sequences: Record<string, number>
}

/**
 * The versions of every record and shape type the board writes (tldraw's serialized schema): stored in
 * the course document beside its records, so a board written under older versions is migrated with
 * tldraw's own migrations when this build opens it.
 */
export const canvasSchemaVersions: CanvasSchemaVersions = canvasSchema.serialize()

/**
 * A short tag of `canvasSchemaVersions` (FNV-1a of its JSON with sorted sequences), which a board sends
 * when it connects: a server whose tag differs writes records of other versions, and tells it to reload.
 */
export const canvasSchemaTag = tagOf(canvasSchemaVersions)

function tagOf(schema: CanvasSchemaVersions): string {
  const text = JSON.stringify(
    Object.entries(schema.sequences).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** Whether `stored` names exactly the versions this build writes. */
export function isCurrentCanvasSchema(stored: unknown): boolean {
  return JSON.stringify(stored) === JSON.stringify(canvasSchemaVersions)
}

export type CanvasMigration =
  /** Records to write back (changed or new) and ids to remove; nothing when none changed. */
  { ok: true; changed: Map<string, TLRecord>; removed: string[] } | { ok: false; reason: string }

/**
 * Migrates a board's records from the versions it was stored under (`stored`, as canvasSchemaVersions
 * once was) to this build's, with tldraw's migrations (record and store scope). Fails, changing nothing,
 * when the stored versions are not a schema, are newer than this build's, or a migration throws.
 * Pure: the records given are not changed.
 */
export function migrateCanvasRecords(
  records: ReadonlyMap<string, unknown>,
  stored: unknown,
): CanvasMigration {
  if (!isSerializedSchema(stored)) return { ok: false, reason: 'stored canvas schema is not a schema' }
  const ours = canvasSchemaVersions.sequences
  // Sequences this build does not know are ignored, as tldraw ignores them.
  const newer = Object.entries(stored.sequences).some(([id, version]) => version > (ours[id] ?? version))
  if (newer) return { ok: false, reason: 'stored canvas schema is newer than this build' }
  const store = Object.fromEntries(records) as Record<string, TLRecord>
  const result = canvasSchema.migrateStoreSnapshot({ store, schema: stored })
  if (result.type === 'error') return { ok: false, reason: `canvas migration failed: ${result.reason}` }
  const migrated = result.value as Record<string, TLRecord>
  const changed = new Map<string, TLRecord>()
  for (const [id, record] of Object.entries(migrated)) {
    if (JSON.stringify(record) !== JSON.stringify(records.get(id))) changed.set(id, record)
  }
  const removed = [...records.keys()].filter((id) => !Object.hasOwn(migrated, id))
  return { ok: true, changed, removed }
}

function isSerializedSchema(value: unknown): value is CanvasSchemaVersions {
  if (typeof value !== 'object' || value === null) return false
  const { schemaVersion, sequences } = value as { schemaVersion?: unknown; sequences?: unknown }
  if (schemaVersion !== 2 || typeof sequences !== 'object' || sequences === null) return false
  return Object.values(sequences).every((version) => Number.isInteger(version) && (version as number) >= 0)
}
