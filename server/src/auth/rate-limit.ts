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
