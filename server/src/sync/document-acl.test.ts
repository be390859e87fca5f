import { CourseDoc, privateDocId } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { refuseUpdate } from './document-acl.ts'

/** A server's shared document with one person whose old card had a phone (deleted since). */
function served() {
  const doc = new Y.Doc()
  const course = new CourseDoc(doc)
  const id = course.people.create({ name: 'Lone', sector: 'family' }, 'test', 0).id
  const card = doc.getMap<Y.Map<unknown>>('people').get(id) as Y.Map<unknown>
  card.set('contact', { phone: '1' })
  card.delete('contact')
  return { doc, id }
}

/** What a client holding `doc` sends after `change`. */
function edit(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(copy)
  change(copy)
  return Y.encodeStateAsUpdate(copy, before)
}

describe('what may go into a shared course document', () => {
  it('takes an ordinary edit of a card', () => {
    const { doc, id } = served()
    const update = edit(doc, (copy) => new CourseDoc(copy).people.update(id, { ring: 'close' }, 'link', 1))
    expect(refuseUpdate('c1', doc, update)).toBeNull()
  })

  it('refuses a private field, also one written where an earlier value stood (no key in the update)', () => {
    const { doc, id } = served()
    const card = (copy: Y.Doc) => copy.getMap<Y.Map<unknown>>('people').get(id) as Y.Map<unknown>
    const again = edit(doc, (copy) => card(copy).set('contact', { phone: '2' }))
    const fresh = edit(doc, (copy) => card(copy).set('excludedByCitizen', true))
    expect(refuseUpdate('c1', doc, again)).toMatch(/private data/)
    expect(refuseUpdate('c1', doc, fresh)).toMatch(/private data/)
    expect(refuseUpdate(privateDocId('c1'), doc, fresh)).toBeNull()
  })

  it('refuses the missing piece of a private field sent out of order', () => {
    const { doc, id } = served()
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc))
    const card = client.getMap<Y.Map<unknown>>('people').get(id) as Y.Map<unknown>
    let before = Y.encodeStateVector(client)
    card.set('contact', { phone: '2' })
    const first = Y.encodeStateAsUpdate(client, before)
    before = Y.encodeStateVector(client)
    card.set('contact', { phone: '3' })
    const second = Y.encodeStateAsUpdate(client, before)
    // The second alone names no key and builds on nothing the server has: it would wait as pending.
    expect(refuseUpdate('c1', doc, second)).toBeNull()
    expect(refuseUpdate('c1', doc, first)).toMatch(/private data/)
  })
})
