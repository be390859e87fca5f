import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  actorOf,
  describeActor,
  type EntityBase,
  EntityCollection,
  entityBaseShape,
  ValidationError,
} from './entity.ts'
import { T0 } from './test-fixtures.ts'
import * as z from './zod.ts'

const cardSchema = z.object({
  ...entityBaseShape,
  title: z.string().min(1),
  tags: z.array(z.string()).default([]),
  box: z.object({ x: z.number(), y: z.number() }).prefault({ x: 0, y: 0 }),
})
type Card = z.infer<typeof cardSchema> & EntityBase

function cards(doc = new Y.Doc(), rules = {}) {
  return new EntityCollection<Card, z.input<typeof cardSchema>>(
    'card',
    doc.getMap('cards'),
    cardSchema,
    rules,
  )
}

describe('EntityCollection', () => {
  it('creates an entity with an id, stamps and defaults, and reads it back', () => {
    const c = cards()
    const card = c.create({ title: 'A' }, 'anna', T0)
    expect(card.id).toMatch(/^[0-9a-f]{32}$/)
    expect(card).toMatchObject({
      createdBy: 'anna',
      createdAt: T0,
      updatedBy: 'anna',
      tags: [],
      box: { x: 0, y: 0 },
    })
    expect(c.get(card.id)).toEqual(card)
    expect(c.list()).toEqual([card])
  })

  it('rejects invalid input with a ValidationError naming the field, and writes nothing', () => {
    const c = cards()
    const attempt = () => c.create({ title: '' }, 'anna', T0)
    expect(attempt).toThrow(ValidationError)
    expect(attempt).toThrow(/Invalid card: title: /)
    expect(c.list()).toEqual([])
  })

  it('validates the whole result of an update and keeps the old value when it fails', () => {
    const c = cards()
    const { id } = c.create({ title: 'A' }, 'anna', T0)
    expect(() => c.update(id, { title: '' }, 'bo', T0 + 1)).toThrow(ValidationError)
    expect(c.get(id)?.title).toBe('A')
    const next = c.update(id, { title: 'B' }, 'bo', T0 + 2)
    expect(next).toMatchObject({ title: 'B', updatedBy: 'bo', updatedAt: T0 + 2, createdBy: 'anna' })
  })

  it('throws a ValidationError for an unknown id', () => {
    expect(() => cards().update('nope', { title: 'x' }, 'anna')).toThrow(/no card with id nope/)
    expect(() => cards().getOrThrow('nope')).toThrow(ValidationError)
  })

  it('hides an entity that a client wrote in a broken shape', () => {
    const doc = new Y.Doc()
    const c = cards(doc)
    const broken = new Y.Map<unknown>()
    broken.set('id', 'x')
    broken.set('title', 42)
    doc.getMap<Y.Map<unknown>>('cards').set('x', broken)
    expect(c.get('x')).toBeUndefined()
    expect(c.list()).toEqual([])
  })

  it('keeps concurrent edits of different fields, including object-valued ones', () => {
    // A wins concurrent writes to the same key (higher client id), so rewriting an unchanged `box` would lose B's edit.
    const a = new Y.Doc()
    a.clientID = 2
    const { id } = cards(a).create({ title: 'A', tags: ['x'] }, 'anna', T0)
    const b = new Y.Doc()
    b.clientID = 1
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    cards(a).update(id, { title: 'Renamed' }, 'anna', T0 + 1)
    cards(b).update(id, { box: { x: 5, y: 7 } }, 'bo', T0 + 1)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(cards(a).get(id)).toMatchObject({ title: 'Renamed', box: { x: 5, y: 7 }, tags: ['x'] })
    expect(cards(b).get(id)).toEqual(cards(a).get(id))
  })

  it('applies cross-entity rules on write and blocks deletes the rules forbid', () => {
    const c = cards(new Y.Doc(), {
      check: (card: Card) =>
        card.title === 'forbidden' ? [{ path: 'title', message: 'is not allowed' }] : [],
      blockDelete: () => [{ path: 'id', message: 'is still referenced' }],
    })
    expect(() => c.create({ title: 'forbidden' }, 'anna')).toThrow(/title: is not allowed/)
    const { id } = c.create({ title: 'ok' }, 'anna')
    expect(() => c.delete(id)).toThrow(/is still referenced/)
    expect(c.get(id)).toBeDefined()
  })

  it('notifies observers of changes inside an entity', () => {
    const c = cards()
    const { id } = c.create({ title: 'A' }, 'anna')
    let calls = 0
    const stop = c.observe(() => calls++)
    c.update(id, { title: 'B' }, 'anna')
    stop()
    c.update(id, { title: 'C' }, 'anna')
    expect(calls).toBe(1)
  })

  it('runs the afterWrite rule in the transaction of the create or update', () => {
    const doc = new Y.Doc()
    const log = doc.getArray<string>('log')
    const c = cards(doc, { afterWrite: (card: Card) => log.push([`${card.title} by ${card.updatedBy}`]) })
    const transactions: number[] = []
    doc.on('afterTransaction', () => transactions.push(log.length))
    const card = c.create({ title: 'A' }, 'anna', T0)
    c.update(card.id, { title: 'B' }, 'bo', T0)
    expect(log.toArray()).toEqual(['A by anna', 'B by bo'])
    expect(transactions).toEqual([1, 2])
  })
})

describe('actors', () => {
  it('carry the role, a stable id and the name the person gave', () => {
    expect(actorOf('participant', 'u1', ' Anders ')).toBe('participant:u1:Anders')
    expect(describeActor(actorOf('participant', 'u1', 'Anders'))).toEqual({
      role: 'participant',
      name: 'Anders',
    })
    expect(describeActor(actorOf('citizen', 'u2', 'Jens: borger'))).toEqual({
      role: 'citizen',
      name: 'Jens: borger',
    })
    expect(describeActor(actorOf('coordinator', 'u3', ''))).toEqual({ role: 'coordinator', name: null })
    expect(describeActor('user:42')).toEqual({ role: 'user', name: null })
    expect(describeActor('system')).toEqual({ role: null, name: null })
  })
})
