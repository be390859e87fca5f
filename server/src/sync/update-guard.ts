import { type ChangeLimits, checkChange, DEFAULT_CHANGE_LIMITS, type DocShape } from '@bordenden/model'
import type * as Y from 'yjs'
import { threadCpuMs } from './thread-cpu.ts'
import { TokenBucket } from './token-bucket.ts'

/**
 * What one link's (or session's) document updates may cost the server. Each update is checked before it
 * is applied (checkChange: the model's shape, nothing left pending, a bounded merge cost), so no single
 * message holds the event loop for long; and every socket of the link draws on the same two budgets (see
 * link-budgets.ts), so a stream of affordable messages, over one socket or twenty, cannot hold it either:
 * the merge work its updates announce, and the time their checking and applying actually took. A socket
 * that finds the budget spent is closed; the budget refills while it waits out its reconnect backoff.
 */
export interface UpdateBudget {
  /** Structs plus merge-cost steps a link may spend at once, and per second after that. */
  work: { burst: number; perSecond: number }
  /**
   * Milliseconds of this thread's CPU time spent checking and applying a link's updates, at once and per
   * second after that. CPU time, not wall time: on a machine busy with other work a drag's updates take
   * longer by the clock, and an honest person must not be closed for the machine's load.
   */
  applyMs: { burst: number; perSecond: number }
}

export const DEFAULT_UPDATE_BUDGET: UpdateBudget = {
  work: { burst: 400_000, perSecond: 100_000 },
  applyMs: { burst: 500, perSecond: 100 },
}

/** The buckets one budget fills: shared by the sockets of one link. */
export type UpdateBuckets = {
  work: TokenBucket
  applyMs: TokenBucket
}

export function updateBuckets(budget: UpdateBudget = DEFAULT_UPDATE_BUDGET): UpdateBuckets {
  return {
    work: new TokenBucket(budget.work.burst, budget.work.perSecond),
    applyMs: new TokenBucket(budget.applyMs.burst, budget.applyMs.perSecond),
  }
}

export type GuardVerdict =
  | { ok: true }
  | { ok: false; kind: 'refused'; reason: string }
  | { ok: false; kind: 'overBudget'; reason: string }

export class UpdateGuard {
  private readonly shape: DocShape
  private readonly limits: ChangeLimits
  private readonly work: TokenBucket
  private readonly applyMs: TokenBucket

  constructor(
    shape: DocShape,
    buckets: UpdateBuckets = updateBuckets(),
    limits: ChangeLimits = DEFAULT_CHANGE_LIMITS,
  ) {
    this.shape = shape
    this.limits = limits
    this.work = buckets.work
    this.applyMs = buckets.applyMs
  }

  /**
   * Checks `update` against `doc`, and if it may be applied, applies it with `apply` and charges the
   * time it took. Nothing is applied unless the verdict is ok.
   */
  apply(doc: Y.Doc, update: Uint8Array, apply: () => void): GuardVerdict {
    if (this.applyMs.available < 0 || this.work.available <= 0) return overBudget()
    const started = threadCpuMs()
    try {
      const verdict = checkChange(doc, update, this.shape, this.limits)
      if (!verdict.ok) return { ok: false, kind: 'refused', reason: verdict.reason }
      if (!this.work.take(verdict.structs + verdict.mergeCost)) return overBudget()
      apply()
      return { ok: true }
    } finally {
      // Checking counts too: a connection pays for every millisecond its updates take.
      this.applyMs.take(threadCpuMs() - started, true)
    }
  }
}

const overBudget = (): GuardVerdict => ({
  ok: false,
  kind: 'overBudget',
  reason: 'updates cost more than this link may spend',
})
