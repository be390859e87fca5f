import { entryHash, GENESIS_HASH, type StoredAuditRow } from './chain.ts'

export interface BrokenLink {
  seq: number
  /** `changed`: the entry is not what was hashed; `unlinked`: it does not name the entry before it. */
  fault: 'changed' | 'unlinked'
}

export interface ChainReport {
  entries: number
  /** The last entry's hash: note it elsewhere to detect a cut-off tail later. */
  head: string
  broken: BrokenLink | null
}

/** Reads rows in sequence order, `page` at a time, from `after` on. */
export type AuditPages = (afterSeq: number, limit: number) => Promise<StoredAuditRow[]>

/** Walks the whole chain in order and stops at the first entry that was changed, removed or inserted. */
export async function verifyChain(pages: AuditPages, pageSize = 1000): Promise<ChainReport> {
  let prev = GENESIS_HASH
  let entries = 0
  let after = 0
  for (;;) {
    const rows = await pages(after, pageSize)
    for (const row of rows) {
      if (row.prevHash !== prev) return { entries, head: prev, broken: { seq: row.seq, fault: 'unlinked' } }
      if (row.hash !== entryHash(prev, row)) {
        return { entries, head: prev, broken: { seq: row.seq, fault: 'changed' } }
      }
      prev = row.hash
      entries++
      after = row.seq
    }
    if (rows.length < pageSize) return { entries, head: prev, broken: null }
  }
}
