import { presenceBucket } from './presence-rules.ts'
import { SharedBuckets } from './token-bucket.ts'
import { updateBuckets } from './update-guard.ts'

/**
 * The budgets of this process's sync sockets, by the link or session they were opened with (the grant's
 * revocation key): twenty sockets of one link share one edit budget, one time budget and one presence
 * budget, as one socket would. A grant without a key (none today) gets budgets of its own.
 */
export const linkBudgets = new SharedBuckets(() => ({ ...updateBuckets(), messages: presenceBucket() }))
