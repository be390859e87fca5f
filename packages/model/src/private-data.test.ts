import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CourseDoc } from './course.ts'
import { ValidationError } from './entity.ts'
import { holdsPrivateData, movePrivateData, PrivateDocKeys } from './private-data.ts'
import { DocKeys } from './schema.ts'
import { newCourse, T0 } from './test-fixtures.ts'

const PHONE = '20 45 67 89'
const sharedCard = (course: CourseDoc, id: string) =>
  (course.doc.getMap<Y.Map<unknown>>(DocKeys.people).get(id)?.toJSON() ?? null) as Record<
    string,
    unknown
  > | null
const bytesOf = (doc: Y.Doc) => Array.from(Y.encodeStateAsUpdate(doc), (b) => String.fromCharCode(b)).join('')

function addLone(course: CourseDoc) {
  return course.people.create(
    {
      name: 'Lone Madsen',
      role: 'Søster',
      sector: 'family',
      contact: { phone: PHONE },
      consent: { status: 'given', date: '2025-05-01' },
    },
    'test',
    T0,
  ).id
}

describe("a coordinator's course over two documents", () => {
  it('keeps contact and consent in the private document and shows them joined', () => {
    const course = newCourse()
    const id = addLone(course)
    expect(course.people.get(id)).toMatchObject({ name: 'Lone Madsen', contact: { phone: PHONE } })
    expect(sharedCard(course, id)).toMatchObject({ name: 'Lone Madsen', role: 'Søster' })
    expect(Object.keys(sharedCard(course, id) ?? {})).not.toContain('contact')
    expect(Object.keys(sharedCard(course, id) ?? {})).not.toContain('consent')
    expect(bytesOf(course.doc)).not.toContain(PHONE)
  })

  it('moves the whole card of a person the citizen does not want involved out of the shared document, and back', () => {
    const course = newCourse()
    const id = addLone(course)
    course.people.update(id, { excludedByCitizen: true }, 'test', T0 + 1)
    expect(sharedCard(course, id)).toBeNull()
    expect(bytesOf(course.doc)).not.toContain('Lone Madsen')
    expect(course.people.get(id)).toMatchObject({ name: 'Lone Madsen', excludedByCitizen: true })

    course.people.update(id, { excludedByCitizen: false, ring: 'close' }, 'test', T0 + 2)
    expect(sharedCard(course, id)).toMatchObject({ name: 'Lone Madsen', ring: 'close' })
    const kept = course.privateDoc?.getMap<Y.Map<unknown>>(PrivateDocKeys.people).get(id)?.toJSON()
    expect(Object.keys(kept ?? {}).sort()).toEqual(['consent', 'contact', 'excludedByCitizen'])
    expect(course.people.get(id)).toMatchObject({ ring: 'close', contact: { phone: PHONE } })
  })

  it('writes no private entry for a person with nothing private, so an early save cannot blank one', () => {
    const course = newCourse()
    const id = course.people.create({ name: 'Birthe', sector: 'friends' }, 'test', T0).id
    expect(course.privateDoc?.getMap(PrivateDocKeys.people).has(id)).toBe(false)
    // A coordinator's board that saves the card before her private document has arrived.
    const early = new CourseDoc(new Y.Doc(), new Y.Doc())
    // The highest client id wins a concurrent write of one map key in Yjs: had it written, it would win.
    ;(early.privateDoc as Y.Doc).clientID = 2 ** 32 - 1
    const lone = addLone(course)
    Y.applyUpdate(early.doc, Y.encodeStateAsUpdate(course.doc))
    early.people.update(lone, { ring: 'outer' }, 'test', T0 + 1)
    Y.applyUpdate(course.privateDoc as Y.Doc, Y.encodeStateAsUpdate(early.privateDoc as Y.Doc))
    Y.applyUpdate(course.doc, Y.encodeStateAsUpdate(early.doc))
    expect(course.people.get(lone)).toMatchObject({ ring: 'outer', contact: { phone: PHONE } })
  })

  it('lets a link holder see and edit the shared card only', () => {
    const coordinator = newCourse()
    const id = addLone(coordinator)
    const excluded = coordinator.people.create(
      { name: 'Torben Madsen', sector: 'family', excludedByCitizen: true },
      'test',
      T0,
    ).id
    const linkHolder = new CourseDoc(new Y.Doc())
    Y.applyUpdate(linkHolder.doc, Y.encodeStateAsUpdate(coordinator.doc))
    expect(linkHolder.people.list().map((p) => p.name)).toEqual(['Lone Madsen'])
    expect(linkHolder.people.get(excluded)).toBeUndefined()
    expect(linkHolder.people.get(id)?.contact.phone).toBe('')

    linkHolder.people.update(id, { ring: 'outer', contact: { phone: '11 11 11 11' } }, 'link', T0 + 3)
    expect(Object.keys(sharedCard(linkHolder, id) ?? {})).not.toContain('contact')
    Y.applyUpdate(coordinator.doc, Y.encodeStateAsUpdate(linkHolder.doc))
    expect(coordinator.people.get(id)).toMatchObject({ ring: 'outer', contact: { phone: PHONE } })
    // Marking someone "not involved" could not be kept without the private document: it is refused.
    expect(() => linkHolder.people.update(id, { excludedByCitizen: true }, 'link', T0 + 4)).toThrow(
      ValidationError,
    )
    expect(linkHolder.people.get(id)?.name).toBe('Lone Madsen')
  })
})

describe('moving private data out of a document written before the split', () => {
  /** A course as every version before the split wrote it: one document with everything. */
  function oldCourse() {
    const doc = new Y.Doc()
    const people = doc.getMap<Y.Map<unknown>>(DocKeys.people)
    const card = (id: string, fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>()
      const stamps = { id, createdAt: T0, createdBy: 'old', updatedAt: T0, updatedBy: 'old' }
      for (const [key, value] of Object.entries({ ...stamps, ...fields })) map.set(key, value)
      people.set(id, map)
    }
    card('lone0000', {
      name: 'Lone Madsen',
      sector: 'family',
      ring: 'close',
      contact: { phone: PHONE, email: '', other: '' },
      consent: { status: 'given', date: '2025-05-01', note: '' },
      excludedByCitizen: false,
    })
    card('torben00', {
      name: 'Torben Madsen',
      sector: 'family',
      ring: 'outer',
      contact: { phone: '', email: '', other: '' },
      consent: { status: 'notGiven', date: null, note: 'Jens vil ikke have det' },
      excludedByCitizen: true,
    })
    return doc
  }

  it('keeps every field, leaves nothing private in the shared state, and does nothing the second time', () => {
    const shared = oldCourse()
    const before = new CourseDoc(shared).people.list()
    const privateDoc = new Y.Doc()
    expect(holdsPrivateData(shared)).toBe(true)

    expect(movePrivateData(shared, privateDoc)).toBe(2)
    expect(holdsPrivateData(shared)).toBe(false)
    expect(new CourseDoc(shared, privateDoc).people.list()).toEqual(before)
    // Deleted content is garbage-collected: the encoded state no longer holds the strings.
    for (const secret of [PHONE, 'Torben', 'Jens vil ikke have det']) {
      expect(bytesOf(shared)).not.toContain(secret)
    }
    expect(new CourseDoc(shared).people.list().map((p) => p.name)).toEqual(['Lone Madsen'])

    const privateState = Y.encodeStateAsUpdate(privateDoc)
    expect(movePrivateData(shared, privateDoc)).toBe(0)
    expect(Y.encodeStateAsUpdate(privateDoc)).toEqual(privateState)
  })
})
