import * as Y from 'yjs'
import { idSchema, timestamp } from './fields.ts'
import { createId } from './ids.ts'
import * as z from './zod.ts'

/**
 * Who made a change: `role:id` (e.g. `user:…` for a signed-in coordinator), `role:id:name` from the board
 * (see `actorOf`), or a plain label such as `demo` or `system`.
 */
export type Actor = string

/**
 * The actor for a person in a role with a stable id, carrying the name they gave, so that a history (the
 * status changes of an agreement) can say who made each change.
 */
export function actorOf(role: string, id: string, name?: string): Actor {
  const given = name?.trim()
  return given ? `${role}:${id}:${given}` : `${role}:${id}`
}

/** The role and the given name in an actor, where it has them. */
export function describeActor(actor: Actor): { role: string | null; name: string | null } {
  const [role, id, ...name] = actor.split(':')
  if (id === undefined) return { role: null, name: null }
  return { role: role ?? null, name: name.join(':') || null }
}

/** Fields every stored entity carries: a stable id and who created and last changed it, and when. */
export interface EntityBase {
  id: string
  createdAt: number
  createdBy: Actor
  updatedAt: number
  updatedBy: Actor
}

/** The zod shape of EntityBase, spread into every entity schema. */
export const entityBaseShape = {
  id: idSchema,
  createdAt: timestamp,
  createdBy: z.string(),
  updatedAt: timestamp,
  updatedBy: z.string(),
}

export interface ValidationIssue {
  path: string
  message: string
}

/** Bad input or a broken rule. Thrown before anything is written, so a failed call changes nothing. */
export class ValidationError extends Error {
  readonly entity: string
  readonly issues: readonly ValidationIssue[]
  constructor(entity: string, issues: readonly ValidationIssue[]) {
    super(`Invalid ${entity}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`)
    this.name = 'ValidationError'
    this.entity = entity
    this.issues = issues
  }
}

/** Throws a ValidationError with one issue; for rules that do not come from a schema. */
export function fail(entity: string, message: string, path = ''): never {
  throw new ValidationError(entity, [{ path, message }])
}

/** Parses `value` with `schema` or throws a ValidationError naming `entity`. */
export function parseOrThrow<T>(entity: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new ValidationError(
    entity,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  )
}

/**
 * The answer of an operation that names the state it acts on (an agenda item, a dialogue step). When
 * someone else got there first the action is stale: nothing is written and `applied` is false.
 */
export interface Guarded<T> {
  applied: boolean
  value: T
}

/** Rules beyond the schema that need the rest of the document (e.g. that a referenced person exists). */
export interface CollectionRules<T> {
  /** Checked on every create and update after the schema; any issue rejects the write. */
  check?(entity: T): ValidationIssue[]
  /** Reasons the entity may not be deleted, e.g. that others still refer to it; empty when it may. */
  blockDelete?(id: string): ValidationIssue[]
  /**
   * Called after a create or update, in the same transaction, to bring other entities in line with this
   * one (so no replica ever sees one without the other). It must not fail: the entity is written.
   */
  afterWrite?(entity: T): void
}

/** What `create` takes: the entity without the fields the collection stamps itself. */
export type EntityInput<I> = Omit<I, keyof EntityBase>

/**
 * Where a collection keeps its entities: each one a record of JSON fields under its id. The usual store
 * is one Y.Map (MapStore); the network people are split over two documents (see private-data.ts).
 */
export interface EntityStore {
  ids(): Iterable<string>
  /** The stored fields of an entity, or undefined when there is none. */
  read(id: string): Record<string, unknown> | undefined
  /** Writes the fields of `next` that differ from what is stored; a field set to undefined is deleted. */
  write(id: string, next: Record<string, unknown>): void
  remove(id: string): void
  observe(listener: () => void): () => void
  /** Runs `write` as one transaction of the document(s) the store lives in. */
  transact(write: () => void): void
}

/**
 * Entities in a Y.Map keyed by id. Each entity is its own Y.Map of fields so that two people editing
 * different fields of the same card both keep their change; a field holding an object (a frame, a
 * dialogue state) is replaced as a whole, which keeps such an object consistent.
 */
export class MapStore implements EntityStore {
  private readonly map: Y.Map<Y.Map<unknown>>

  constructor(map: Y.Map<Y.Map<unknown>>) {
    this.map = map
  }

  ids(): Iterable<string> {
    return this.map.keys()
  }

  read(id: string): Record<string, unknown> | undefined {
    return this.map.get(id)?.toJSON()
  }

  write(id: string, next: Record<string, unknown>): void {
    const fields = this.map.get(id)
    if (!fields) {
      const created = new Y.Map<unknown>()
      for (const [key, value] of Object.entries(next)) if (value !== undefined) created.set(key, value)
      this.map.set(id, created)
      return
    }
    // Only fields whose value actually changes are written, so a concurrent edit of another field survives.
    const current = fields.toJSON()
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) fields.delete(key)
      else if (!sameJson(current[key], value)) fields.set(key, value)
    }
  }

  remove(id: string): void {
    this.map.delete(id)
  }

  observe(listener: () => void): () => void {
    const handler = () => listener()
    this.map.observeDeep(handler)
    return () => this.map.unobserveDeep(handler)
  }

  transact(write: () => void): void {
    if (this.map.doc) this.map.doc.transact(write)
    else write()
  }
}

/**
 * A collection of one kind of entity, kept in an EntityStore (usually one Y.Map keyed by id).
 * Values are validated on the way in (create/update) and on the way out (read), because a document
 * is written by many clients and only the boundary can be trusted.
 * `T` is the stored (parsed) type, `I` the accepted input (fields with defaults are optional).
 */
export class EntityCollection<T extends EntityBase, I = T> {
  readonly name: string
  private readonly store: EntityStore
  private readonly schema: z.ZodType<T, I>
  private readonly rules: CollectionRules<T>

  constructor(
    name: string,
    source: Y.Map<Y.Map<unknown>> | EntityStore,
    schema: z.ZodType<T, I>,
    rules: CollectionRules<T> = {},
  ) {
    this.name = name
    this.store = source instanceof Y.Map ? new MapStore(source) : source
    this.schema = schema
    this.rules = rules
  }

  /** Validates and inserts a new entity; returns it with its generated id and stamps. */
  create(input: EntityInput<I>, actor: Actor, now = Date.now()): T {
    const entity = this.validate({
      ...input,
      id: createId(),
      createdAt: now,
      createdBy: actor,
      updatedAt: now,
      updatedBy: actor,
    })
    this.store.transact(() => {
      this.store.write(entity.id, entity as unknown as Record<string, unknown>)
      this.rules.afterWrite?.(entity)
    })
    return entity
  }

  /**
   * Applies a partial change after validating the whole result; unknown ids throw. Only fields whose
   * value actually changes are written, so an unrelated concurrent edit of another field survives.
   */
  update(id: string, patch: Partial<EntityInput<I>>, actor: Actor, now = Date.now()): T {
    const current = this.store.read(id)
    if (!current) fail(this.name, `no ${this.name} with id ${id}`, 'id')
    const next = this.validate({ ...current, ...patch, updatedAt: now, updatedBy: actor })
    this.store.transact(() => {
      this.store.write(id, next as unknown as Record<string, unknown>)
      this.rules.afterWrite?.(next)
    })
    return next
  }

  /** Removes the entity; throws when a rule blocks it (for instance while others refer to it). */
  delete(id: string): void {
    const issues = this.rules.blockDelete?.(id) ?? []
    if (issues.length > 0) throw new ValidationError(this.name, issues)
    this.store.transact(() => this.store.remove(id))
  }

  /** The entity, or undefined when it is absent or does not validate (a corrupt write is never shown). */
  get(id: string): T | undefined {
    const fields = this.store.read(id)
    if (!fields) return undefined
    const result = this.schema.safeParse(fields)
    return result.success ? result.data : undefined
  }

  /** The entity; throws a ValidationError when there is no valid entity with that id. */
  getOrThrow(id: string): T {
    const entity = this.get(id)
    if (!entity) fail(this.name, `no ${this.name} with id ${id}`, 'id')
    return entity
  }

  /** All valid entities, oldest first. */
  list(): T[] {
    const out: T[] = []
    for (const id of new Set(this.store.ids())) {
      const entity = this.get(id)
      if (entity) out.push(entity)
    }
    return out.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  }

  /** Calls `listener` after any change to the collection or to one of its entities. */
  observe(listener: () => void): () => void {
    return this.store.observe(listener)
  }

  private validate(value: unknown): T {
    const entity = parseOrThrow(this.name, this.schema, value)
    const issues = this.rules.check?.(entity) ?? []
    if (issues.length > 0) throw new ValidationError(this.name, issues)
    return entity
  }
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}
