import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CourseDoc } from './course.ts'
import { seedDemoCourse } from './demo.ts'
import { createGoal } from './goals.ts'
import { changePhase } from './phases.ts'
import { checkChange, courseDocShape, courseDocShapeWith, privateDocShape } from './validate-change.ts'

const today = new Date().toISOString().slice(0, 10)

/** A demo course, and a replica whose next change `change` makes; returns both and that change. */
function changeTo(change: (course: CourseDoc) => void, base = demoDoc()) {
  const replica = new Y.Doc()
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(replica)
  change(new CourseDoc(replica))
  return Y.encodeStateAsUpdate(replica, before)
}

/** The shared document of a demo course (its private data went to a coordinator-only document). */
function demoDoc(): Y.Doc {
  const doc = new Y.Doc()
  seedDemoCourse(new CourseDoc(doc, new Y.Doc()), { today })
  return doc
}

const verdict = (base: Y.Doc, update: Uint8Array) => checkChange(base, update, courseDocShape)

describe('checkChange accepts what the model writes', () => {
  it('accepts a whole demo course as one update into an empty document', () => {
    expect(verdict(new Y.Doc(), Y.encodeStateAsUpdate(demoDoc()))).toMatchObject({ ok: true })
  })

  it('accepts entity, metadata, phase and canvas edits', () => {
    const base = demoDoc()
    const edits: ((course: CourseDoc) => void)[] = [
      (c) => createGoal(c, { text: 'Få et job', lifeArea: 'employment' }, 'test'),
      (c) => c.updateMeta({ title: 'Nyt navn' }),
      (c) => changePhase(c, 'closing', 'test'),
      (c) => c.canvasRecords().set('shape:1', { id: 'shape:1', typeName: 'shape', x: 1 }),
      (c) => {
        const agreement = c.agreements.list()[0]!
        c.agreements.update(
          agreement.id,
          { followUp: { ...agreement.followUp, who: { kind: 'coordinator' } } },
          'test',
        )
      },
    ]
    for (const edit of edits) expect(verdict(base, changeTo(edit, base))).toMatchObject({ ok: true })
  })
})

describe('checkChange refuses what the model never writes', () => {
  const base = demoDoc()
  const refused = (update: Uint8Array) => {
    const result = verdict(base, update)
    expect(result.ok).toBe(false)
    return result.ok ? '' : result.reason
  }
  const raw = (change: (doc: Y.Doc) => void) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
    const before = Y.encodeStateVector(doc)
    change(doc)
    return Y.encodeStateAsUpdate(doc, before)
  }

  it('refuses unknown top-level keys and text', () => {
    expect(refused(raw((d) => d.getMap('other').set('x', 1)))).toBe('unknown top-level key')
    expect(refused(raw((d) => d.getText('notes').insert(0, 'x')))).toBe('unknown top-level key')
  })

  it('refuses a field that does not parse with its schema, and unknown fields', () => {
    const goalId = new CourseDoc(base).goals.list()[0]?.id as string
    expect(refused(raw((d) => d.getMap<Y.Map<unknown>>('goals').get(goalId)?.set('lifeArea', 'moon')))).toBe(
      'goals: invalid lifeArea',
    )
    expect(refused(raw((d) => d.getMap<Y.Map<unknown>>('goals').get(goalId)?.set('secret', 1)))).toBe(
      'goals: unknown field',
    )
    // Who follows up is a party or the coordinator, nobody else.
    const agreementId = new CourseDoc(base).agreements.list()[0]?.id as string
    const followedBy = (who: unknown) =>
      raw((d) =>
        d
          .getMap<Y.Map<unknown>>('agreements')
          .get(agreementId)
          ?.set('followUp', { who, when: null, how: '' }),
      )
    expect(refused(followedBy({ kind: 'admin' }))).toBe('agreements: invalid followUp')
    expect(verdict(base, followedBy({ kind: 'coordinator' }))).toMatchObject({ ok: true })
  })

  it('refuses JSON values nested too deep or too large, and takes them up to the limits', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 'bund' : { next: [nested(depth - 1)] })
    expect(refused(raw((d) => d.getMap('meta').set('extra', nested(9))))).toBe('meta: value nested too deep')
    expect(refused(raw((d) => d.getMap('meta').set('extra', 'x'.repeat(130 * 1024))))).toBe(
      'meta: value too large',
    )
    expect(
      verdict(
        base,
        raw((d) => d.getMap('meta').set('extra', nested(8))),
      ),
    ).toMatchObject({ ok: true })
    expect(
      verdict(
        base,
        raw((d) => d.getMap('meta').set('extra', 'x'.repeat(100 * 1024))),
      ),
    ).toMatchObject({
      ok: true,
    })
  })

  it('refuses maps nested where the model has none', () => {
    expect(refused(raw((d) => d.getMap('meta').set('x', new Y.Map())))).toBe(
      'meta: a field must hold one JSON value',
    )
  })

  it('refuses a change that depends on content the document does not have', () => {
    const elsewhere = new Y.Doc()
    elsewhere.getMap('meta').set('a', 1)
    const first = Y.encodeStateAsUpdate(elsewhere)
    const before = Y.encodeStateVector(elsewhere)
    elsewhere.getMap('meta').set('a', 2)
    const second = Y.encodeStateAsUpdate(elsewhere, before)
    expect(verdict(new Y.Doc(), first).ok).toBe(true)
    expect(refused(second)).toBe('update has gaps')
  })

  it('refuses entries inserted anywhere but the end of a list', () => {
    const update = raw((d) => d.getArray('phaseChanges').insert(0, [{}]))
    expect(refused(update)).toMatch(/appended|does not match/)
  })

  it('checks each canvas record with the rule it is given, after the entry itself', () => {
    const seen: unknown[] = []
    const shape = courseDocShapeWith({
      canvasRecord: (record) => {
        seen.push(record)
        return (record as { x?: unknown }).x === 1 ? null : 'bad record'
      },
    })
    const write = (x: number) =>
      changeTo((c) => c.canvasRecords().set('shape:1', { id: 'shape:1', typeName: 'shape', x }), base)
    expect(checkChange(base, write(1), shape)).toMatchObject({ ok: true })
    expect(checkChange(base, write(2), shape)).toMatchObject({ ok: false, reason: 'canvas: bad record' })
    expect(seen).toEqual([
      { id: 'shape:1', typeName: 'shape', x: 1 },
      { id: 'shape:1', typeName: 'shape', x: 2 },
    ])
    const keyless = raw((d) => d.getArray('canvas').push([{ val: { id: 'shape:1', typeName: 'shape' } }]))
    expect(checkChange(base, keyless, shape)).toMatchObject({
      ok: false,
      reason: 'canvas: entry needs a key',
    })
    expect(seen).toHaveLength(2)
  })
})

describe('checkChange looks at the state after the change: required fields stay', () => {
  const base = demoDoc()
  const course = new CourseDoc(base)
  const personId = course.people.list()[0]?.id as string
  const meetingId = course.meetings.list()[0]?.id as string
  const edit = (change: (doc: Y.Doc) => void) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
    const before = Y.encodeStateVector(doc)
    change(doc)
    return verdict(base, Y.encodeStateAsUpdate(doc, before))
  }
  const entity = (doc: Y.Doc, root: string, id: string) =>
    doc.getMap<Y.Map<unknown>>(root).get(id) as Y.Map<unknown>

  it("refuses deleting a person's name, a meeting's date or the course's title", () => {
    expect(edit((d) => entity(d, 'people', personId).delete('name'))).toMatchObject({
      ok: false,
      reason: 'people: a required field is missing',
    })
    expect(edit((d) => entity(d, 'meetings', meetingId).delete('date'))).toMatchObject({ ok: false })
    expect(edit((d) => d.getMap('meta').delete('title'))).toMatchObject({
      ok: false,
      reason: 'meta: a required field is missing',
    })
  })

  it('refuses a field set and deleted again in the same update, and a new entity without its required fields', () => {
    expect(
      edit((d) =>
        d.transact(() => {
          entity(d, 'people', personId).set('name', 'Ny')
          entity(d, 'people', personId).delete('name')
        }),
      ),
    ).toMatchObject({ ok: false })
    const bare = new Y.Map<unknown>()
    expect(edit((d) => d.getMap('goals').set('g-new', bare))).toMatchObject({ ok: false })
  })

  it('accepts deleting a field that has a default, a whole entity, and overwriting a required field', () => {
    expect(edit((d) => entity(d, 'people', personId).delete('contributes'))).toMatchObject({ ok: true })
    expect(edit((d) => d.getMap('people').delete(personId))).toMatchObject({ ok: true })
    expect(edit((d) => entity(d, 'people', personId).set('name', 'Et nyt navn'))).toMatchObject({ ok: true })
    expect(
      edit((d) =>
        d.transact(() => {
          entity(d, 'meetings', meetingId).delete('date')
          entity(d, 'meetings', meetingId).set('date', course.meetings.list()[0]?.date)
        }),
      ),
    ).toMatchObject({ ok: true })
  })
})

describe('the two documents of a course (see private-data.ts)', () => {
  /** A demo course written as a coordinator writes it: shared and coordinator-only documents. */
  function splitDemo() {
    const shared = new Y.Doc()
    const privateDoc = new Y.Doc()
    seedDemoCourse(new CourseDoc(shared, privateDoc), { today })
    return { shared, privateDoc }
  }

  /** What a client holding `doc` sends after `change`. */
  function edit(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(copy)
    change(copy)
    return Y.encodeStateAsUpdate(copy, before)
  }

  it('takes each document as the model writes it, and an ordinary edit of a shared card', () => {
    const { shared, privateDoc } = splitDemo()
    expect(checkChange(new Y.Doc(), Y.encodeStateAsUpdate(shared), courseDocShape)).toMatchObject({
      ok: true,
    })
    expect(checkChange(new Y.Doc(), Y.encodeStateAsUpdate(privateDoc), privateDocShape)).toMatchObject({
      ok: true,
    })
    const id = new CourseDoc(shared).people.list()[0]?.id as string
    const update = edit(shared, (copy) => new CourseDoc(copy).people.update(id, { ring: 'close' }, 'link', 1))
    expect(checkChange(shared, update, courseDocShape)).toMatchObject({ ok: true })
  })

  it('refuses a private field in the shared document, also where an earlier value stood (no key in the update)', () => {
    const { shared } = splitDemo()
    const id = new CourseDoc(shared).people.list()[0]?.id as string
    const card = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('people').get(id) as Y.Map<unknown>
    // An old build once wrote a contact here (deleted since): a new value under that key encodes only its
    // origin, not the key, so the key is found by following origins.
    card(shared).set('contact', { phone: '1', email: '', other: '' })
    card(shared).delete('contact')
    const fresh = edit(shared, (copy) => card(copy).set('excludedByCitizen', true))
    const contact = edit(shared, (copy) =>
      card(copy).set('contact', { phone: '12345678', email: '', other: '' }),
    )
    expect(checkChange(shared, fresh, courseDocShape)).toMatchObject({ ok: false, reason: /private data/ })
    expect(checkChange(shared, contact, courseDocShape)).toMatchObject({ ok: false, reason: /private data/ })

    const served = edit(shared, (copy) => card(copy).set('role', 'søster'))
    Y.applyUpdate(shared, served)
    const again = edit(shared, (copy) => card(copy).set('role', 'bror'))
    expect(checkChange(shared, again, courseDocShape)).toMatchObject({ ok: true })
  })

  it('keeps the coordinator-only document to people', () => {
    const { privateDoc } = splitDemo()
    const stray = edit(privateDoc, (copy) => copy.getMap('meetings').set('m', new Y.Map()))
    expect(checkChange(privateDoc, stray, privateDocShape)).toMatchObject({ ok: false })
  })
})
