/**
 * A token bucket: up to `burst` tokens, refilled at `perSecond`. Each connection gets its own, so what
 * one client spends never comes out of another's share.
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
