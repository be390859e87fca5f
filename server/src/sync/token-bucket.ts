/**
 * A token bucket: up to `burst` tokens, refilled at `perSecond`. Who shares one is the caller's choice:
 * the sync sockets of one link (or one session) share theirs (see SharedBuckets), so opening more sockets
 * never buys more.
 */
export class TokenBucket {
  private tokens: number
  private last: number
  private readonly burst: number
  private readonly perSecond: number
  private readonly now: () => number

  constructor(burst: number, perSecond: number, now: () => number = () => performance.now()) {
    this.burst = burst
    this.perSecond = perSecond
    this.now = now
    this.tokens = burst
    this.last = now()
  }

  /** Tokens left now; negative while in debt. */
  get available(): number {
    this.refill()
    return this.tokens
  }

  /** Whether it holds all it can: then a new bucket would be the same, and this one may be forgotten. */
  get full(): boolean {
    return this.available >= this.burst
  }

  /**
   * Takes `amount` tokens if there are that many and says whether it did. With `always`, takes them
   * anyway (for a cost measured after the fact), leaving the bucket in debt until it refills.
   */
  take(amount: number, always = false): boolean {
    this.refill()
    if (this.tokens < amount && !always) return false
    this.tokens -= amount
    return true
  }

  private refill() {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
  }
}

/**
 * Buckets shared by key: every holder of the same key (the sockets of one link or one session) draws on
 * one set. A set is forgotten only when no socket holds it and it has refilled, so closing and reopening
 * sockets does not reset a spent budget; the map holds at most the keys in use plus those still in debt.
 */
export class SharedBuckets<T extends Record<string, TokenBucket>> {
  private readonly sets = new Map<string, { buckets: T; holders: number }>()
  private readonly create: () => T

  constructor(create: () => T) {
    this.create = create
  }

  /** The buckets of `key` (a set of its own when null), and a release to call when the holder is done. */
  acquire(key: string | null): { buckets: T; release: () => void } {
    if (key === null) return { buckets: this.create(), release: () => {} }
    this.forgetRefilled()
    let set = this.sets.get(key)
    if (!set) {
      set = { buckets: this.create(), holders: 0 }
      this.sets.set(key, set)
    }
    set.holders += 1
    const held = set
    let released = false
    return {
      buckets: held.buckets,
      release: () => {
        if (released) return
        released = true
        held.holders -= 1
      },
    }
  }

  /** How many keys are remembered (for tests). */
  get size(): number {
    return this.sets.size
  }

  private forgetRefilled() {
    for (const [key, set] of this.sets) {
      if (set.holders === 0 && Object.values(set.buckets).every((bucket) => bucket.full))
        this.sets.delete(key)
    }
  }
}
