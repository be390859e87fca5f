import { describe, expect, it } from 'vitest'
import { FailureLimiter } from './rate-limit.ts'

describe('FailureLimiter', () => {
  it('blocks after the limit until the oldest failure leaves the window', () => {
    const limiter = new FailureLimiter(3, 1000)
    for (const at of [0, 100, 200]) {
      expect(limiter.retryAfter('k', at)).toBe(0)
      limiter.fail('k', at)
    }
    expect(limiter.retryAfter('k', 300)).toBe(700)
    expect(limiter.retryAfter('other', 300)).toBe(0)
    expect(limiter.retryAfter('k', 1001)).toBe(0)
  })

  it('forgets a key on reset (after a successful sign-in)', () => {
    const limiter = new FailureLimiter(1, 1000)
    limiter.fail('k', 0)
    limiter.reset('k')
    expect(limiter.retryAfter('k', 1)).toBe(0)
  })
})
