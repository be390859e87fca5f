import type { AccountStore, AuditStore } from '../storage/accounts.ts'
import type { AuthorizeConnection } from './connection-grant.ts'
import { accessForLink, accessForSession, type CourseAccess } from './course-access.ts'
import type { Sessions } from './sessions.ts'

/**
 * The production seam: a share link (`?token=`) or a session cookie becomes a role in the course.
 * Every attempt, granted or refused, is written to the audit log with how and from where.
 */
export function authorizeWithAccounts(deps: {
  accounts: AccountStore
  sessions: Sessions
  audit: AuditStore
}): AuthorizeConnection {
  const { accounts, sessions, audit } = deps
  return async ({ courseId, linkToken, sessionToken, ip }) => {
    let access: CourseAccess | null = null
    if (linkToken !== null) {
      access = await accessForLink(accounts, courseId, linkToken)
    } else if (sessionToken !== null) {
      const valid = await sessions.validate(sessionToken)
      if (valid) access = await accessForSession(accounts, courseId, valid)
    }
    await audit.append({
      at: Date.now(),
      actor: access?.actor ?? 'unknown',
      action: access ? 'course.opened' : 'course.refused',
      courseId,
      ip,
      detail: {
        via: linkToken !== null ? 'link' : sessionToken !== null ? 'session' : 'none',
        role: access?.role ?? null,
        canEdit: access?.canEdit ?? false,
      },
    })
    if (!access) return null
    return {
      role: access.canEdit ? 'editor' : 'viewer',
      actor: access.actor,
      revocationKey: access.revocationKey,
      editUntil: access.editUntil,
      showPresence: access.showPresence,
    }
  }
}
