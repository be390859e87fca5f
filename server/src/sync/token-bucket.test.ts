import { describe, expect, it } from 'vitest'
import { SharedBuckets, TokenBucket } from './token-bucket.ts'

describe('SharedBuckets', () => {
  let now = 0
  const clock = () => now
  const pool = () => new SharedBuckets(() => ({ tokens: new TokenBucket(10, 1, clock) }))

  it('gives every holder of one key the same buckets, and each null key its own', () => {
    const buckets = pool()
    const a = buckets.acquire('link:1')
    const b = buckets.acquire('link:1')
    expect(a.buckets.tokens.take(10)).toBe(true)
    expect(b.buckets.tokens.take(1)).toBe(false)
    expect(buckets.acquire('link:2').buckets.tokens.take(10)).toBe(true)
    expect(buckets.acquire(null).buckets).not.toBe(buckets.acquire(null).buckets)
  })

  it('keeps a spent set after its holders leave, until it has refilled', () => {
    now = 0
    const buckets = pool()
    const first = buckets.acquire('link:1')
    first.buckets.tokens.take(10)
    first.release()
    first.release() // twice counts once
    const again = buckets.acquire('link:1')
    expect(again.buckets.tokens.take(1)).toBe(false)
    again.release()
    now = 10_000
    buckets.acquire('link:other').release()
    expect(buckets.size).toBe(1)
    expect(buckets.acquire('link:1').buckets.tokens.take(10)).toBe(true)
  })
})
