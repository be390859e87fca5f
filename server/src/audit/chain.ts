import { hashSecret } from '../auth/tokens.ts'

/** An audit-log row as stored, with the columns its hash covers. */
export interface StoredAuditRow {
  seq: number
  at: number
  actor: string
  action: string
  courseId: string | null
  ip: string | null
  /** The detail exactly as stored (JSON text), so re-encoding can never change a hash. */
  detail: string
  prevHash: string | null
  hash: string | null
}

/** What the first entry links to. */
export const GENESIS_HASH = '0'.repeat(64)

/**
 * The entry's canonical encoding: a JSON array of the previous entry's hash and the entry's columns
 * in a fixed order, each a string, a number or null, so every backend encodes one entry to the same
 * bytes. The sequence number is left out: the order is the chain itself, and a removed entry breaks
 * the link of the one after it.
 */
export function canonicalEntry(
  prevHash: string,
  row: Omit<StoredAuditRow, 'seq' | 'prevHash' | 'hash'>,
): string {
  return JSON.stringify([prevHash, row.at, row.actor, row.action, row.courseId, row.ip, row.detail])
}

/** SHA-256 (hex) of the canonical encoding: what the next entry must name as its `prev_hash`. */
export const entryHash = (prevHash: string, row: Omit<StoredAuditRow, 'seq' | 'prevHash' | 'hash'>): string =>
  hashSecret(canonicalEntry(prevHash, row))

/** An entry as appended: its columns, before the chain links it. */
export type UnchainedAuditRow = Omit<StoredAuditRow, 'seq' | 'prevHash' | 'hash'>

/** Links `rows`, in order, after the entry whose hash is `prevHash`. */
export function linkRows(
  prevHash: string,
  rows: readonly UnchainedAuditRow[],
): { row: UnchainedAuditRow; prevHash: string; hash: string }[] {
  let prev = prevHash
  return rows.map((row) => {
    const hash = entryHash(prev, row)
    const linked = { row, prevHash: prev, hash }
    prev = hash
    return linked
  })
}
