import { courseDocShape } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { UpdateGuard, updateBuckets } from './update-guard.ts'

const updateOf = (change: (doc: Y.Doc) => void) => {
  const doc = new Y.Doc()
  change(doc)
  return Y.encodeStateAsUpdate(doc)
}

describe('UpdateGuard', () => {
  it('applies an update that fits the shape, and never one that does not', () => {
    const guard = new UpdateGuard(courseDocShape)
    const doc = new Y.Doc()
    const applied: string[] = []
    const ok = updateOf((d) => d.getMap('meta').set('title', 'Forløb'))
    const bad = updateOf((d) => d.getMap('elsewhere').set('x', 1))
    expect(guard.apply(doc, ok, () => applied.push('ok'))).toEqual({ ok: true })
    expect(guard.apply(doc, bad, () => applied.push('bad'))).toMatchObject({ ok: false, kind: 'refused' })
    expect(applied).toEqual(['ok'])
  })

  it('refuses a connection once its work budget is spent, before checking more', () => {
    const budget = { work: { burst: 3, perSecond: 0 }, applyMs: { burst: 10_000, perSecond: 0 } }
    const guard = new UpdateGuard(courseDocShape, updateBuckets(budget))
    const doc = new Y.Doc()
    const verdicts = [1, 2, 3, 4, 5].map((n) => {
      const update = updateOf((d) => {
        d.clientID = n
        d.getMap('meta').set(`k${n}`, n)
      })
      return guard.apply(doc, update, () => Y.applyUpdate(doc, update)).ok
    })
    expect(verdicts).toEqual([true, true, true, false, false])
  })
})
