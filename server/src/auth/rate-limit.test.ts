import { describe, expect, it } from 'vitest'
import { FailureLimiter, GuessLimits } from './rate-limit.ts'

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

describe('GuessLimits', () => {
  const limits = () => new GuessLimits(new FailureLimiter(2, 1000), new FailureLimiter(3, 1000))

  it('counts an attempt when admitting it, so attempts in flight use up the limit', () => {
    const guesses = limits()
    expect([0, 1, 2].map(() => guesses.admit('account:a', '10.0.0.1', 0))).toEqual([0, 0, 1000])
  })

  it('gives a right attempt back: the account starts over, the address regains one', () => {
    const guesses = limits()
    guesses.admit('account:a', '10.0.0.1', 0)
    guesses.admit('account:b', '10.0.0.1', 0)
    guesses.succeeded('account:a', '10.0.0.1')
    expect(guesses.admit('account:a', '10.0.0.1', 0)).toBe(0)
    expect(guesses.admit('account:a', '10.0.0.1', 0)).toBe(0)
    // the address has used 3 of 3 now
    expect(guesses.admit('account:c', '10.0.0.1', 0)).toBe(1000)
    expect(guesses.admit('account:c', '10.0.0.2', 0)).toBe(0)
  })
})
