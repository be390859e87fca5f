/**
 * Counts failures per key (an account, an IP address) in a sliding window. In memory: one process
 * protects itself; behind several processes each enforces its own limit, which still bounds guessing.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>()
  private readonly limit: number
  private readonly windowMs: number

  constructor(limit: number, windowMs: number) {
    this.limit = limit
    this.windowMs = windowMs
  }

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now)
    if (recent.length < this.limit) return 0
    return (recent[0] as number) + this.windowMs - now
  }

  fail(key: string, now = Date.now()) {
    const recent = this.recent(key, now)
    recent.push(now)
    this.failures.set(key, recent)
    if (this.failures.size > 100_000) this.prune(now)
  }

  /** Takes back the latest failure of `key` (an attempt counted in advance that turned out right). */
  forgive(key: string) {
    this.failures.get(key)?.pop()
  }

  reset(key: string) {
    this.failures.delete(key)
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs)
  }

  private prune(now: number) {
    for (const [key, times] of this.failures)
      if (times.every((at) => at <= now - this.windowMs)) this.failures.delete(key)
  }
}

/**
 * Limits on guessing a password, per account and per address. An attempt counts as a failure from the
 * moment it is admitted, before the (slow, awaited) Argon2 check: otherwise a burst of parallel guesses
 * would all pass the limit before the first of them was counted. A right password takes it back.
 */
export class GuessLimits {
  private readonly perAccount: FailureLimiter
  private readonly perAddress: FailureLimiter

  constructor(perAccount: FailureLimiter, perAddress: FailureLimiter) {
    this.perAccount = perAccount
    this.perAddress = perAddress
  }

  /** Counts an attempt and returns 0, or returns the milliseconds to wait and counts nothing. */
  admit(account: string, ip: string | null, now = Date.now()): number {
    const address = addressKey(ip)
    const wait = Math.max(this.perAccount.retryAfter(account, now), this.perAddress.retryAfter(address, now))
    if (wait > 0) return wait
    this.perAccount.fail(account, now)
    this.perAddress.fail(address, now)
    return 0
  }

  /** The password was right: the account starts over, and the address gets this attempt back. */
  succeeded(account: string, ip: string | null) {
    this.perAccount.reset(account)
    this.perAddress.forgive(addressKey(ip))
  }
}

const addressKey = (ip: string | null) => `ip:${ip ?? 'unknown'}`
