import type { Redis } from 'ioredis'
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'

/** How one kind of key (an account, an address, …) is limited. */
export interface DelayPolicy {
  /** Failures in a window that cost nothing. */
  free: number
  /** The wait after the `free`-th failure; each further failure doubles it, up to `maxDelaySeconds`. */
  firstDelaySeconds: number
  maxDelaySeconds: number
  /** Failures are forgotten this long after the first of them. */
  windowSeconds: number
}

/** Whether an attempt may go ahead now; `closedGate`: it closed the gate behind it (see GrowingDelay). */
export interface Taken {
  waitMs: number
  closedGate: boolean
}

/**
 * Failures per key with growing delays, in memory or in Redis (shared by every process). Two counters
 * per key: the failures in the window, and a gate. The first `free` attempts pass; from then on each
 * attempt must pass the gate and closes it behind itself for the next delay (1, 2, 4, … times the
 * first). Both are single atomic operations in either store, so a burst of parallel attempts gets
 * through no further than one at a time would. An attempt is counted before the (slow) password check
 * and given back when it was right.
 */
export class GrowingDelay {
  private readonly policy: DelayPolicy
  private readonly failures: RateLimiterAbstract
  private readonly gate: RateLimiterAbstract

  constructor(name: string, policy: DelayPolicy, redis: Redis | null) {
    this.policy = policy
    const store = (points: number, duration: number, suffix: string): RateLimiterAbstract => {
      const options = { keyPrefix: `bordenden:signin:${name}:${suffix}`, points, duration }
      if (!redis) return new RateLimiterMemory(options)
      // Redis down: each process goes on limiting on its own rather than letting guesses through.
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    }
    this.failures = store(Number.MAX_SAFE_INTEGER, policy.windowSeconds, 'failures')
    this.gate = store(1, policy.maxDelaySeconds, 'gate')
  }

  /** Milliseconds until `key` may try again, without counting anything. */
  async closedFor(key: string): Promise<number> {
    const gate = await this.gate.get(key)
    return gate && gate.consumedPoints >= 1 ? Math.max(gate.msBeforeNext, 1) : 0
  }

  /** Counts an attempt and says whether it may go ahead; one that may not is not counted. */
  async take(key: string): Promise<Taken> {
    const n = (await this.failures.consume(key)).consumedPoints
    if (n < this.policy.free) return { waitMs: 0, closedGate: false }
    try {
      await this.gate.consume(key, 1, { customDuration: this.delaySeconds(n) })
      return { waitMs: 0, closedGate: true }
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      await this.failures.reward(key)
      return { waitMs: Math.max(refusal.msBeforeNext, 1), closedGate: false }
    }
  }

  /** An attempt counted by `take` did not fail after all (or was refused on another key). */
  async giveBack(key: string, taken: Taken) {
    await this.failures.reward(key)
    if (taken.closedGate) await this.gate.delete(key)
  }

  /** A right password: the key starts over. */
  async reset(key: string) {
    await this.failures.delete(key)
    await this.gate.delete(key)
  }

  /** The wait the `n`-th failure in a window sets: the first delay at `free`, doubling from there. */
  private delaySeconds(n: number): number {
    const { free, firstDelaySeconds, maxDelaySeconds } = this.policy
    return Math.min(firstDelaySeconds * 2 ** Math.min(n - free, 30), maxDelaySeconds)
  }
}
