import type { AccountStore } from '../storage/accounts.ts'
import type { AccessLog } from './access-log.ts'
import { presented } from './access-log.ts'
import type { AuthorizeConnection } from './connection-grant.ts'
import { accessForLink, accessForSession, type CourseAccess } from './course-access.ts'
import type { Sessions, ValidSession } from './sessions.ts'

/**
 * The production seam: a share link (`?token=`) or a session cookie becomes a role in the course.
 * Every attempt, granted or refused, is written to the audit log with how and from where.
 */
export function authorizeWithAccounts(deps: {
  accounts: AccountStore
  sessions: Sessions
  accessLog: AccessLog
}): AuthorizeConnection {
  const { accounts, sessions, accessLog } = deps
  return async ({ courseId, linkToken, sessionToken, ip }) => {
    let access: CourseAccess | null = null
    let session: ValidSession | null = null
    if (linkToken !== null) {
      access = await accessForLink(accounts, courseId, linkToken)
    } else if (sessionToken !== null) {
      session = await sessions.validate(sessionToken)
      if (session) access = await accessForSession(accounts, courseId, session)
    }
    if (!access) {
      const who = presented(linkToken, sessionToken, session)
      const reason = who.via === 'none' ? 'no credential' : 'no access'
      await accessLog.refused({ courseId, channel: 'socket', ...who, reason, role: null }, ip)
      return null
    }
    await accessLog.opened(access, 'socket', ip)
    return {
      role: access.canEdit ? 'editor' : 'viewer',
      actor: access.actor,
      revocationKey: access.revocationKey,
      changesAt: access.changesAt,
      showPresence: access.showPresence,
      seesPrivate: access.role === 'coordinator',
    }
  }
}
