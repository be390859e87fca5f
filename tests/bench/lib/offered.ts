/**
 * Whether the load generators offered the load a run asked for. A generator whose event loop lags
 * sends late and reads late: its lag would be counted as the server's latency, and a size it cannot
 * offer measures the generator, not the server. Such a run keeps its counts but not its latencies, and
 * the bench runs no larger size against that server.
 */
export interface Offered {
  /** Messages (document + presence) the plan asked for in the window, and those the generators sent. */
  planned: number
  sent: number
  /** The worst generator's event-loop delay, p99, over the window (ms). */
  lagP99Ms: number
}

/** Below this share of the planned messages sent, the generators did not offer the load. */
export const MIN_OFFERED_SHARE = 0.95
/**
 * Above this generator lag (p99), latencies are not the server's: it is the latency target itself (50 ms
 * at p99), and a generator adds its lag to what it sends and again to what it reads.
 */
export const MAX_GENERATOR_LAG_MS = 50

export interface OfferedVerdict {
  share: number
  /** Null when the generators offered the load; otherwise why not, for the report. */
  bound: string | null
}

export function offeredVerdict({ planned, sent, lagP99Ms }: Offered): OfferedVerdict {
  const share = planned > 0 ? sent / planned : 1
  const reasons: string[] = []
  if (share < MIN_OFFERED_SHARE) reasons.push(`sent ${Math.round(share * 100)} % of the planned messages`)
  if (lagP99Ms > MAX_GENERATOR_LAG_MS)
    reasons.push(`their event loop lagged ${Math.round(lagP99Ms)} ms (p99)`)
  return {
    share: Math.round(share * 1000) / 1000,
    bound: reasons.length ? `load generators could not offer the load: ${reasons.join(', ')}` : null,
  }
}

/**
 * The stop rule across sizes: once the generators could not offer a size against a server, no larger
 * size runs against it (in any later repetition either); the report says which size stopped it and why.
 */
export class SizeLimits {
  private readonly stoppedAt = new Map<string, { size: number; why: string }>()

  record(server: string, size: number, bound: string | null) {
    const current = this.stoppedAt.get(server)
    if (bound && (!current || size < current.size)) this.stoppedAt.set(server, { size, why: bound })
  }

  /** Null when `size` runs against `server`; otherwise why it is skipped. */
  skip(server: string, size: number): string | null {
    const stop = this.stoppedAt.get(server)
    return stop && size > stop.size ? `not run: at size ${stop.size}, ${stop.why}` : null
  }
}
