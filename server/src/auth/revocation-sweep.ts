import { CloseCode } from '@bordenden/contract'
import { errorFields, type Logger } from '../log.ts'
import type { AccountStore } from '../storage/accounts.ts'
import { type LiveConnections, parseKey } from './live-connections.ts'

/**
 * Whether the session or link behind an open socket still grants access (a session's socket on a course:
 * while its user is still a member). The routes that revoke close sockets themselves; this catches what
 * ends elsewhere: the admin command (another process), another server process sharing the database, and
 * expiry.
 */
export async function stillValid(accounts: AccountStore, key: string, now = Date.now()): Promise<boolean> {
  const { kind, id, courseId } = parseKey(key)
  if (kind === 'session') {
    const session = await accounts.sessionById(id)
    if (session === null || session.expiresAt <= now) return false
    return courseId === null || (await accounts.memberRole(courseId, session.userId)) !== null
  }
  if (kind === 'link') {
    const link = await accounts.shareLinkById(id)
    return link !== null && link.revokedAt === null && (link.expiresAt === null || link.expiresAt > now)
  }
  return true
}

/** Every `intervalMs`, closes (4001) the sockets whose session or link no longer grants access. */
export function sweepRevoked(
  live: LiveConnections,
  accounts: AccountStore,
  log: Logger,
  intervalMs = 500,
): () => void {
  let running = false
  const timer = setInterval(async () => {
    if (running) return // a slow database: skip a beat rather than pile up checks
    running = true
    try {
      for (const key of live.keys()) {
        if (!(await stillValid(accounts, key))) live.closeAll(key, CloseCode.accessRevoked, 'access ended')
      }
    } catch (error) {
      log.warn('revocation sweep failed; retrying', errorFields(error))
    } finally {
      running = false
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
