import * as Y from 'yjs'
import type { z } from 'zod'
import { agendaItemSchema } from './agenda.ts'
import { agreementSchema } from './agreements.ts'
import { type Placed, readUpdateStructure, StructureError } from './change-structure.ts'
import { checklistTickSchema } from './checklists.ts'
import { closureSchema } from './closing.ts'
import { courseMetaSchema } from './course.ts'
import { goalSchema } from './goals.ts'
import { meetingSchema } from './meeting.ts'
import { networkPersonSchema } from './network.ts'
import { parkedTopicSchema } from './parking.ts'
import { phaseChangeSchema } from './phases.ts'
import { PrivateDocKeys, PrivatePersonFields } from './private-data.ts'
import { DocKeys, SCHEMA_VERSION } from './schema.ts'
import { missingRequired } from './validate-change-required.ts'

/**
 * Whether an untrusted update may change a document, decided before it is applied (an applied update
 * cannot be taken back). It checks the update's structure (see change-structure.ts: counts, nothing
 * pending, a bounded merge cost) and that every value it writes lands where the document's shape has
 * room for it and parses with that place's schema. Pure: it reads the document, never changes it.
 */

/** A rule for one value: null when it is fine, otherwise why not (no document content in it). */
export type ValueRule = (key: string, value: unknown) => string | null

/** What one root type of a document holds. */
export type RootShape =
  /** Y.Map of JSON values; `required` keys may not be deleted. */
  | { kind: 'values'; value: ValueRule; required?: ReadonlySet<string> }
  /** Y.Map<id, Y.Map<field, JSON value>>: one nested map per entity, which holds its `required` fields. */
  | { kind: 'entities'; field: ValueRule; required?: ReadonlySet<string> }
  /** Y.Array of JSON entries that is only ever appended to (the model pushes, never inserts). */
  | { kind: 'list'; entry: (value: unknown) => string | null }

/** The shape of one kind of document; a second kind of document gets its own. */
export interface DocShape {
  kind: string
  /** The schema version clients must write (they are told to reload otherwise). */
  version: number
  roots: Readonly<Record<string, RootShape>>
}

export interface ChangeLimits {
  /** Items (structs) in one update. */
  maxStructs: number
  /** Deleted ranges in one update. */
  maxDeleteRanges: number
  /** Upper bound on the items Yjs may walk to merge one update (see change-structure.ts). */
  maxMergeCost: number
  /** Nesting of one JSON value. */
  maxJsonDepth: number
  /** Size of one JSON value as JSON. */
  maxValueBytes: number
}

export const DEFAULT_CHANGE_LIMITS: ChangeLimits = {
  maxStructs: 10_000,
  // A client's sync answer carries its whole delete set (every YKeyValue overwrite leaves a range): many.
  maxDeleteRanges: 100_000,
  maxMergeCost: 50_000,
  maxJsonDepth: 16,
  maxValueBytes: 128 * 1024,
}

export type ChangeVerdict =
  | { ok: true; structs: number; mergeCost: number }
  | { ok: false; reason: string; structs: number }

/** Checks `update` against `doc` and its `shape`; never throws, never changes the document. */
export function checkChange(
  doc: Y.Doc,
  update: Uint8Array,
  shape: DocShape,
  limits: ChangeLimits = DEFAULT_CHANGE_LIMITS,
): ChangeVerdict {
  let structure: ReturnType<typeof readUpdateStructure>
  try {
    structure = readUpdateStructure(doc, update, {
      maxStructs: limits.maxStructs,
      maxDeleteRanges: limits.maxDeleteRanges,
      maxCost: limits.maxMergeCost,
    })
  } catch (error) {
    const reason = error instanceof StructureError ? error.message : 'update does not decode'
    return { ok: false, reason, structs: 0 }
  }
  for (const placed of structure.placed) {
    const reason = checkPlaced(placed, shape, limits)
    if (reason) return { ok: false, reason, structs: structure.structs }
  }
  const missing = missingRequired(structure, shape)
  if (missing) return { ok: false, reason: missing, structs: structure.structs }
  return { ok: true, structs: structure.structs, mergeCost: structure.cost }
}

function checkPlaced({ item, parent, key }: Placed, shape: DocShape, limits: ChangeLimits): string | null {
  const root = Object.hasOwn(shape.roots, parent.root) ? shape.roots[parent.root] : undefined
  if (!root) return 'unknown top-level key'
  const content = item.content
  const deleted = content instanceof Y.ContentDeleted
  if (root.kind === 'list') {
    if (parent.depth !== 0 || key !== null) return `${parent.root}: only a list of values`
    if (item.rightOrigin !== null) return `${parent.root}: entries are only appended`
    if (deleted) return null
    if (!(content instanceof Y.ContentAny)) return `${parent.root}: entries must be JSON values`
    for (const entry of content.arr) {
      const reason = checkJson(entry, limits) ?? root.entry(entry)
      if (reason) return `${parent.root}: ${reason}`
    }
    return null
  }
  // A map: values are set under a key, and Yjs sets never name a right neighbour.
  if (key === null || item.rightOrigin !== null) return `${parent.root}: only keyed values`
  if (key.length > 128) return `${parent.root}: key too long`
  const entity = root.kind === 'entities' && parent.depth === 0
  const field = root.kind === 'entities' && parent.depth === 1 && parent.kind === 'map'
  const value = root.kind === 'values' && parent.depth === 0
  if (!entity && !field && !value) return `${parent.root}: shared types nested where the model has none`
  if (deleted) return null
  if (entity) {
    return content instanceof Y.ContentType && content.type instanceof Y.Map
      ? null
      : `${parent.root}: an entity must be a map of fields`
  }
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) {
    return `${parent.root}: a field must hold one JSON value`
  }
  const json = content.arr[0]
  const reason =
    checkJson(json, limits) ??
    (root.kind === 'entities' ? root.field(key, json) : (root as ValuesShape).value(key, json))
  return reason ? `${parent.root}: ${reason}` : null
}

type ValuesShape = Extract<RootShape, { kind: 'values' }>

/**
 * Depth and size of a JSON value. Recursive, but never deeper than `maxJsonDepth` + 1 (it stops there),
 * so a deep value cannot exhaust the stack; and it allocates nothing (it runs on every value of every edit).
 */
function checkJson(value: unknown, limits: ChangeLimits): string | null {
  const size = jsonSize(value, 0, limits)
  if (size === TOO_DEEP) return 'value nested too deep'
  if (size === NOT_JSON) return 'not a JSON value'
  return size > limits.maxValueBytes ? 'value too large' : null
}

const TOO_DEEP = -1
const NOT_JSON = -2

/** The size of `v` as JSON (roughly), or TOO_DEEP / NOT_JSON; stops adding once over the limit. */
function jsonSize(v: unknown, depth: number, limits: ChangeLimits): number {
  if (depth > limits.maxJsonDepth) return TOO_DEEP
  if (typeof v === 'string') return v.length + 2
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return 8
  if (typeof v !== 'object' || v instanceof Uint8Array) return NOT_JSON
  let bytes = 2
  if (Array.isArray(v)) {
    for (const entry of v) {
      const size = jsonSize(entry, depth + 1, limits)
      if (size < 0) return size
      bytes += size
      if (bytes > limits.maxValueBytes) return bytes
    }
    return bytes
  }
  for (const key in v) {
    const size = jsonSize((v as Record<string, unknown>)[key], depth + 1, limits)
    if (size < 0) return size
    bytes += key.length + 4 + size
    if (bytes > limits.maxValueBytes) return bytes
  }
  return bytes
}

/** A rule from a zod object's fields: known fields parse with their own schema, others are refused. */
export function fieldsOf(schema: z.ZodObject): ValueRule {
  const shape = schema.shape as Record<string, z.ZodType>
  return (key, value) => {
    if (!Object.hasOwn(shape, key)) return 'unknown field'
    const result = (shape[key] as z.ZodType).safeParse(value)
    return result.success ? null : `invalid ${key}`
  }
}

/** The fields of a zod object that must be there: those whose schema takes no `undefined`. */
export function requiredFieldsOf(schema: z.ZodObject, except: ReadonlySet<string> = new Set()): Set<string> {
  const shape = schema.shape as Record<string, z.ZodType>
  return new Set(
    Object.keys(shape).filter((key) => !except.has(key) && !shape[key]?.safeParse(undefined).success),
  )
}

/** An entity collection whose fields parse with `schema`'s and whose required fields stay. */
const entitiesOf = (schema: z.ZodObject): RootShape => ({
  kind: 'entities',
  field: fieldsOf(schema),
  required: requiredFieldsOf(schema),
})

const metaFields = fieldsOf(courseMetaSchema)
const personFields = fieldsOf(networkPersonSchema)
const privatePersonFields = new Set<string>(PrivatePersonFields)

/**
 * A person's card in the shared document, which every link holder syncs: what only coordinators may know
 * (contact details, consent, "skal ikke inddrages"; see private-data.ts) is refused there, so an old
 * build or an offline copy written by one cannot put it where a link holder would receive it.
 */
const sharedPersonField: ValueRule = (key, value) =>
  privatePersonFields.has(key) ? 'private data in the shared document' : personFields(key, value)

/** A rule for one canvas record (the `val` of a canvas entry): null when it is fine, otherwise why not. */
export type CanvasRecordRule = (record: unknown) => string | null

/**
 * Where the course document keeps the versions of tldraw's record and shape types its canvas records were
 * written under (see @bordenden/canvas-schema): the server writes it when it migrates the canvas.
 */
export const CANVAS_SCHEMA_META_KEY = 'canvasSchema'

/**
 * The course document (see schema.ts). Course metadata takes its known fields with their schemas and the
 * schema version as written by this build; other keys of meta take bounded JSON (readers ignore them).
 * The canvas holds tldraw records, which the model does not know: `canvasRecord` checks each one (the
 * server passes tldraw's own validation, see @bordenden/canvas-schema), so the model stays free of tldraw;
 * `isCurrentCanvasSchema` says whether canvas versions a client writes to meta are this build's (a client
 * must never mark the canvas as written under other versions: the server would migrate it on next load).
 */
export function courseDocShapeWith({
  canvasRecord,
  isCurrentCanvasSchema = () => false,
}: {
  canvasRecord: CanvasRecordRule
  isCurrentCanvasSchema?: (value: unknown) => boolean
}): DocShape {
  return {
    kind: 'course',
    version: SCHEMA_VERSION,
    roots: {
      [DocKeys.meta]: {
        kind: 'values',
        value: (key, value) => {
          if (key === 'schemaVersion') return value === SCHEMA_VERSION ? null : 'invalid schemaVersion'
          if (key === CANVAS_SCHEMA_META_KEY) {
            return isCurrentCanvasSchema(value) ? null : `invalid ${CANVAS_SCHEMA_META_KEY}`
          }
          return Object.hasOwn(courseMetaSchema.shape, key) ? metaFields(key, value) : null
        },
        required: requiredFieldsOf(courseMetaSchema),
      },
      [DocKeys.people]: {
        kind: 'entities',
        field: sharedPersonField,
        required: requiredFieldsOf(networkPersonSchema, privatePersonFields),
      },
      [DocKeys.meetings]: entitiesOf(meetingSchema),
      [DocKeys.agendaItems]: entitiesOf(agendaItemSchema),
      [DocKeys.parkedTopics]: entitiesOf(parkedTopicSchema),
      [DocKeys.goals]: entitiesOf(goalSchema),
      [DocKeys.agreements]: entitiesOf(agreementSchema),
      [DocKeys.canvas]: { kind: 'list', entry: (value) => canvasEntry(value, canvasRecord) },
      [DocKeys.phaseChanges]: { kind: 'list', entry: parsesWith(phaseChangeSchema) },
      [DocKeys.checklist]: { kind: 'values', value: (_key, value) => parsesWith(checklistTickSchema)(value) },
      [DocKeys.closing]: {
        kind: 'values',
        value: (key, value) => (key === 'closure' ? parsesWith(closureSchema)(value) : 'unknown field'),
      },
    },
  }
}

/** The course document with canvas records checked for their id and type only (tests, tools). */
export const courseDocShape: DocShape = courseDocShapeWith({ canvasRecord: () => null })

function parsesWith(schema: z.ZodType): (value: unknown) => string | null {
  return (value) => (schema.safeParse(value).success ? null : 'does not match its schema')
}

/**
 * A YKeyValue entry holding a tldraw record: `{ key, val }` where `val` is a record with its id and type,
 * which `canvasRecord` then checks as a whole.
 */
function canvasEntry(value: unknown, canvasRecord: CanvasRecordRule): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'entry must be an object'
  const { key, val } = value as { key?: unknown; val?: unknown }
  if (typeof key !== 'string' || key.length === 0 || key.length > 128) return 'entry needs a key'
  if (typeof val !== 'object' || val === null || Array.isArray(val)) return 'entry needs a record'
  const record = val as { id?: unknown; typeName?: unknown }
  if (record.id !== key || typeof record.typeName !== 'string') return 'record needs its id and type'
  return canvasRecord(val)
}

/**
 * The coordinator-only document (see private-data.ts): the private fields of every person, and the whole
 * card of a person the citizen does not want involved.
 */
export const privateDocShape: DocShape = {
  kind: 'private',
  version: SCHEMA_VERSION,
  roots: { [PrivateDocKeys.people]: { kind: 'entities', field: personFields } },
}
