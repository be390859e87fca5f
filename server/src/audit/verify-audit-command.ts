import type { AuditStore } from '../storage/accounts.ts'
import { verifyChain } from './verify.ts'

const faults = {
  changed: 'its content is not what was hashed (changed after it was written)',
  unlinked: 'it does not name the entry before it (an entry was removed, inserted or re-hashed)',
}

/**
 * `pnpm bordenden verify-audit`: checks the whole hash chain and names the first broken link.
 * Exit code 0 when intact, 1 when broken. Prints the head hash, which an operator can keep elsewhere
 * (a chain cannot tell on its own that its newest entries were cut off).
 */
export async function verifyAudit(audit: AuditStore, out: NodeJS.WritableStream = process.stdout) {
  const report = await verifyChain((after, limit) => audit.page(after, limit))
  if (report.broken) {
    out.write(
      `audit log broken at entry ${report.broken.seq}: ${faults[report.broken.fault]}; ` +
        `${report.entries} entries before it are intact\n`,
    )
    process.exitCode = 1
    return
  }
  out.write(`audit log intact: ${report.entries} entries, head ${report.head}\n`)
}
