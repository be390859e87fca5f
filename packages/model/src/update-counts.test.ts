import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { countUpdate } from './update-counts.ts'

describe('countUpdate', () => {
  it('skips every kind of JSON value as Yjs writes it, and counts as Y.decodeUpdate does', () => {
    const doc = new Y.Doc()
    const values: unknown[] = [
      null,
      { missing: undefined },
      true,
      false,
      0,
      -1,
      2 ** 40,
      -(2 ** 40),
      1.5,
      Math.PI,
      1e300,
      'æøå — tekst',
      '',
      new Uint8Array([1, 2, 3]),
      [],
      {},
      { a: [1, { b: { c: [null, 'x', 3.25] } }], 'nøgle med mellemrum': -7 },
      { big: 2n ** 62n, bytes: new Uint8Array([4, 5]) },
    ]
    doc.transact(() => {
      for (const value of values) doc.getArray('list').push([value])
    })
    doc.getMap('meta').set('after', 'the values')
    const update = Y.encodeStateAsUpdate(doc)
    const decoded = Y.decodeUpdate(update)
    expect(countUpdate(update, 100, 100)).toEqual({
      structs: decoded.structs.length,
      deleteRanges: [...decoded.ds.clients.values()].reduce((sum, ranges) => sum + ranges.length, 0),
    })
  })

  it('gives null for an update cut short inside a value, and stops at its limits', () => {
    const doc = new Y.Doc()
    doc.getArray('list').push([{ text: 'x'.repeat(100) }])
    const update = Y.encodeStateAsUpdate(doc)
    expect(countUpdate(update.subarray(0, 40), 100, 100)).toBeNull()
    expect(countUpdate(update, 0, 100)).toEqual({ over: 'structs' })
  })
})
