import type { AuditEntry } from '../storage/accounts.ts'
import type { UnchainedAuditRow } from './chain.ts'

/** Most entries one transaction writes; more wait for the next. */
const BATCH = 500

interface Pending {
  row: UnchainedAuditRow
  done: (error?: unknown) => void
}

/**
 * Audit entries written in batches: the first is written at once, and whatever arrives while a batch is
 * being written goes into the next, so a burst of socket opens costs a few transactions (one chain lock,
 * one commit and fsync each) instead of one per socket. `append` resolves once its entry is durable.
 */
export class AuditAppendQueue {
  private pending: Pending[] = []
  private writing = false
  /** Writes the rows, in order, in one transaction that links them to the chain's head. */
  private readonly write: (rows: UnchainedAuditRow[]) => Promise<void>

  constructor(write: (rows: UnchainedAuditRow[]) => Promise<void>) {
    this.write = write
  }

  append(e: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      const row = { ...e, detail: JSON.stringify(e.detail) }
      this.pending.push({ row, done: (error) => (error === undefined ? resolve() : reject(error)) })
      if (!this.writing) void this.writeBatches()
    })
  }

  private async writeBatches() {
    this.writing = true
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, BATCH)
      try {
        await this.write(batch.map((p) => p.row))
        for (const { done } of batch) done()
      } catch (error) {
        for (const { done } of batch) done(error)
      }
    }
    this.writing = false
  }
}
