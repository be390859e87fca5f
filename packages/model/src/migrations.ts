import type * as Y from 'yjs'
import { CourseDoc } from './course.ts'
import { DocKeys, MIGRATION_ORIGIN, SCHEMA_VERSION } from './schema.ts'

/** One step of the document schema: `up` turns a document at `version - 1` into one at `version`. */
export interface Migration {
  version: number
  description: string
  up(doc: Y.Doc): void
}

/**
 * The document migrations, as data, in order. Version 1 is the first schema; documents created
 * before any schema (version 0, e.g. an empty room) get nothing but the version stamp.
 * Add a step here, bump SCHEMA_VERSION, and add a test with a document at the old version.
 * A step must give the same result when run twice concurrently and merged: two server processes that
 * load the same document at the same moment both migrate it, and Yjs merges what both wrote (so set
 * values, or create entries with ids derived from the document, rather than appending).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description:
      'first schema: meta, people, meetings, agenda items, parked topics, goals, agreements, canvas',
    up() {},
  },
  {
    version: 2,
    description:
      'course lifecycle: phase changes, checklist ticks and the closure, each in its own root type (empty at first)',
    // The new root types start empty and the phase already lives in meta, so nothing is rewritten.
    up() {},
  },
  {
    version: 3,
    description:
      "per-role data: contacts, consent and people the citizen does not want involved live in the course's coordinator-only document",
    // The move needs both documents, so the server does it right after this step (movePrivateData in
    // private-data.ts, run by server/src/sync/separate-private.ts). The version tells a client built
    // before the split, which would write those fields into the shared document, that it is too old.
    up() {},
  },
  {
    version: 4,
    description:
      'agenda items: followUp marks "Opfølgning siden sidst", which lists what is still open from earlier meetings',
    // Items planned before the flag existed are the method's fixed item by its title; setting the same
    // value twice (two processes migrating at once) merges to the same document.
    up(doc) {
      for (const item of doc.getMap<Y.Map<unknown>>(DocKeys.agendaItems).values()) {
        if (item.get('followUp') !== undefined) continue
        const isFollowUp = item.get('section') === 'opening' && item.get('title') === 'Opfølgning siden sidst'
        if (isFollowUp) item.set('followUp', true)
      }
    },
  },
  {
    version: 5,
    description:
      "agreements: the follow-up may be the course's coordinator ({ kind: 'coordinator' }), who is not in the network",
    // Nothing stored changes shape; the version tells a client built before, which could not read such
    // a follow-up, to reload.
    up() {},
  },
]

export class DocumentTooNewError extends Error {
  constructor(found: number, supported: number) {
    super(`The course document has schema version ${found}, but this server supports up to ${supported}`)
    this.name = 'DocumentTooNewError'
  }
}

export interface MigrationResult {
  from: number
  to: number
}

/**
 * Brings a document up to SCHEMA_VERSION in one transaction. The server runs this when it loads a
 * document, so no client ever has to, and two clients can never migrate the same document twice.
 * An empty document (nothing written yet) is left untouched: it is not a course until initialised.
 */
export function migrateCourseDoc(
  doc: Y.Doc,
  steps: readonly Migration[] = migrations,
  target = SCHEMA_VERSION,
): MigrationResult {
  const course = new CourseDoc(doc)
  const from = course.schemaVersion
  if (from > target) throw new DocumentTooNewError(from, target)
  if (from === target || isEmpty(doc)) return { from, to: from }
  const pending = steps
    .filter((m) => m.version > from && m.version <= target)
    .sort((a, b) => a.version - b.version)
  doc.transact(() => {
    for (const step of pending) step.up(doc)
    doc.getMap(DocKeys.meta).set('schemaVersion', target)
  }, MIGRATION_ORIGIN)
  return { from, to: target }
}

function isEmpty(doc: Y.Doc): boolean {
  for (const type of doc.share.values()) if (type._start !== null || type._map.size > 0) return false
  return true
}
