import { CourseDoc } from '@bordenden/model'
import { createTLStore, type IndexKey, PageRecordType, type TLPageId, type TLStore } from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { bindCanvas } from './canvasBinding.ts'

// tldraw's store flushes its listeners synchronously under NODE_ENV=test, so every assertion below can
// follow the change that causes it without waiting for a frame.

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

function boundStore(doc: Y.Doc): TLStore {
  const store = createTLStore()
  cleanups.push(bindCanvas(store, new CourseDoc(doc)))
  return store
}

/** Relays every update between two documents, as the server does between two browsers. */
function link(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'relay')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'relay')
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(to, update, 'relay')
  }
  a.on('update', forward(b))
  b.on('update', forward(a))
}

function canvasEntries(doc: Y.Doc): string[] {
  return doc
    .getArray<{ key: string }>('canvas')
    .toArray()
    .map((entry) => entry.key)
    .sort()
}

const pageIds = (store: TLStore) =>
  store.query
    .records('page')
    .get()
    .map((page) => page.id)

describe('bindCanvas', () => {
  it('gives an empty course one document and one page, even when two browsers create them at once', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    const storeA = boundStore(a)
    const storeB = boundStore(b)
    expect(canvasEntries(a)).toEqual(['document:document', 'page:page'])

    link(a, b)

    for (const [doc, store] of [
      [a, storeA],
      [b, storeB],
    ] as const) {
      expect(canvasEntries(doc)).toEqual(['document:document', 'page:page'])
      expect(pageIds(store)).toEqual(['page:page'])
    }
  })

  it('starts from the records already in the course', () => {
    const a = new Y.Doc()
    const storeA = boundStore(a)
    const page = PageRecordType.create({ name: 'Netværk', index: 'a2' as IndexKey })
    storeA.put([page])

    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(boundStore(b).get(page.id)).toEqual(page)
  })

  it('sends local additions, updates and removals to the other browser as remote changes', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    link(a, b)
    const storeA = boundStore(a)
    const storeB = boundStore(b)
    const userChangesInB = vi.fn()
    cleanups.push(storeB.listen(userChangesInB, { source: 'user', scope: 'document' }))

    const page = PageRecordType.create({ name: 'Mål', index: 'a2' as IndexKey })
    storeA.put([page])
    expect(storeB.get(page.id)?.name).toBe('Mål')

    storeA.update(page.id, (record) => ({ ...record, name: 'Aftaler' }))
    expect(storeB.get(page.id)?.name).toBe('Aftaler')

    storeA.remove([page.id])
    expect(storeB.get(page.id)).toBeUndefined()

    // Applied as remote changes: not echoed back, not in B's undo history.
    expect(userChangesInB).not.toHaveBeenCalled()
  })

  it('keeps one entry per record in the course document however often it changes', () => {
    const doc = new Y.Doc()
    const store = boundStore(doc)
    for (let i = 0; i < 20; i++)
      store.update('page:page' as TLPageId, (page) => ({ ...page, name: `Side ${i}` }))
    expect(canvasEntries(doc)).toEqual(['document:document', 'page:page'])
  })

  it('ignores invalid records and session records written by another client', () => {
    const doc = new Y.Doc()
    const store = boundStore(doc)
    const before = store.allRecords()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})

    const hostile = new CourseDoc(doc).canvasRecords<unknown>()
    doc.transact(() => {
      hostile.set('page:bad', { id: 'page:bad', typeName: 'page', name: 42 })
      hostile.set('instance:instance', { id: 'instance:instance', typeName: 'instance' })
      hostile.set('page:elsewhere', PageRecordType.create({ name: 'Forkert nøgle', index: 'a3' as IndexKey }))
    }, 'another client')

    expect(store.allRecords()).toEqual(before)
    expect(warn).toHaveBeenCalledTimes(2)
    warn.mockRestore()
  })
})
