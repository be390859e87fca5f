import type { AuditAction } from '@bordenden/contract'
import type { AuditEntry, AuditStore } from '../storage/accounts.ts'

const MINUTE = 60_000
/** Addresses tallied per minute before the rest share one entry (a flood from many addresses). */
const MAX_ADDRESSES = 10_000

interface Tally {
  minute: number
  ip: string | null
  action: AuditAction
  count: number
  /** The course, while every refusal in the tally named the same one. */
  courseId: string | null | undefined
  reasons: Map<string, number>
}

/**
 * Refusals of someone the server cannot name (no session, no link it knows) are counted per address,
 * action and minute, and written as one audit entry with the count when the minute is over (or at
 * shutdown): a flood of refusals costs at most one row per address and minute, not one row each.
 * What a crash loses is the current minute's counts.
 */
export class RefusalTally {
  private readonly audit: AuditStore
  private readonly now: () => number
  private readonly tallies = new Map<string, Tally>()
  private readonly timer: NodeJS.Timeout | undefined
  private writing: Promise<void> = Promise.resolve()

  private readonly onError: (error: unknown) => void

  constructor(
    audit: AuditStore,
    options: { now?: () => number; flushEveryMs?: number; onError?: (error: unknown) => void } = {},
  ) {
    this.audit = audit
    this.now = options.now ?? Date.now
    this.onError = options.onError ?? (() => {})
    if (options.flushEveryMs !== 0) {
      this.timer = setInterval(() => void this.flush(), options.flushEveryMs ?? 10_000)
      this.timer.unref()
    }
  }

  /** Counts one refusal; `reason` says why (the detail's reason, or the action itself). */
  count(entry: Omit<AuditEntry, 'detail'> & { reason: string }) {
    const minute = Math.floor(entry.at / MINUTE) * MINUTE
    const overflow = this.tallies.size >= MAX_ADDRESSES
    const ip = overflow ? null : entry.ip
    const key = `${minute}|${ip}|${entry.action}`
    let tally = this.tallies.get(key)
    if (!tally) {
      tally = { minute, ip, action: entry.action, count: 0, courseId: entry.courseId, reasons: new Map() }
      this.tallies.set(key, tally)
    }
    tally.count++
    if (tally.courseId !== entry.courseId) tally.courseId = null
    tally.reasons.set(entry.reason, (tally.reasons.get(entry.reason) ?? 0) + 1)
  }

  /** Writes the tallies of minutes that are over (all of them with `all`), one entry each. */
  flush(all = false): Promise<void> {
    const current = Math.floor(this.now() / MINUTE) * MINUTE
    const done = [...this.tallies].filter(([, t]) => all || t.minute < current)
    for (const [key] of done) this.tallies.delete(key)
    this.writing = this.writing.then(async () => {
      // One failed write (storage down) must not stop the timer's later flushes.
      for (const [, t] of done) await this.audit.append(entryOf(t)).catch(this.onError)
    })
    return this.writing
  }

  /** At shutdown: writes every tally, including the current minute's. */
  async close() {
    if (this.timer) clearInterval(this.timer)
    await this.flush(true)
  }
}

const entryOf = (t: Tally): AuditEntry => ({
  at: t.minute,
  actor: 'unknown',
  action: t.action,
  courseId: t.courseId ?? null,
  ip: t.ip,
  detail: {
    count: t.count,
    reasons: [...t.reasons]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reason, n]) => `${reason}: ${n}`)
      .join(', '),
  },
})
