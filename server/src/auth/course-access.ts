import { type CourseRole, CourseRoles } from '@bordenden/contract'
import type { AccountStore, MemberRole, ShareLink } from '../storage/accounts.ts'
import { linkKey, sessionKey } from './live-connections.ts'
import type { ValidSession } from './sessions.ts'
import { hashSecret, isWellFormedSecret } from './tokens.ts'

/** A person's role in one course. Admins have none unless they are also a member. */
export { type CourseRole, CourseRoles }

export interface CourseAccess {
  courseId: string
  role: CourseRole
  canEdit: boolean
  /** Who edits are attributed to: `user:<id>` or `link:<prefix of its hash>`. */
  actor: string
  /** The session or link used, as the audit log names it: a prefix of its hash, never the secret. */
  credential: string
  /** Revoking this key (a session or a link) closes every socket opened with it. */
  revocationKey: string
  /** When a link's edit right ends; open sockets are downgraded then. Null when it does not end. */
  editUntil: number | null
  /** When this answer changes by itself (a link's edit window opens or ends); null when it does not. */
  changesAt: number | null
  /** Whether this connection's presence (cursor, name) is shown to others. */
  showPresence: boolean
  /** The network person a link was given to, or null. */
  personId: string | null
  /** How a session's user belongs to the course; null for a link. */
  member: MemberRole | null
}

export const linkActor = (link: Pick<ShareLink, 'id'>) => `link:${link.id.slice(0, 12)}`
/** As `pnpm bordenden list-sessions` shows a session, and `revoke-sessions --session` takes it. */
export const sessionCredential = (sessionId: string) => `session:${sessionId.slice(0, 16)}`

/** Members of a course are its coordinators; everything else comes through a share link. */
export async function accessForSession(
  accounts: AccountStore,
  courseId: string,
  { session, user }: ValidSession,
): Promise<CourseAccess | null> {
  // A leader sees aggregates only, never a course, whatever a membership row might say.
  if (user.role === 'leder') return null
  const member = await accounts.memberRole(courseId, user.id)
  if (!member) return null
  return {
    courseId,
    role: 'coordinator',
    canEdit: true,
    actor: `user:${user.id}`,
    credential: sessionCredential(session.id),
    revocationKey: sessionKey(session.id, courseId),
    editUntil: null,
    changesAt: null,
    showPresence: true,
    personId: null,
    member,
  }
}

/** A share link's access now: refused when unknown, for another course, expired or revoked. */
export async function accessForLink(
  accounts: AccountStore,
  courseId: string,
  token: string,
  now = Date.now(),
): Promise<CourseAccess | null> {
  if (!isWellFormedSecret(token)) return null
  const link = await accounts.shareLinkById(hashSecret(token))
  if (!link || link.courseId !== courseId || link.revokedAt !== null) return null
  if (link.expiresAt !== null && link.expiresAt <= now) return null
  const { editFrom, editUntil } = link
  const window = link.kind !== 'viewer' && editFrom !== null && editUntil !== null
  const inWindow = window && editFrom <= now && now < editUntil
  const opensLater = window && now < editFrom
  return {
    courseId,
    role: link.kind,
    canEdit: inWindow,
    actor: linkActor(link),
    credential: linkActor(link),
    revocationKey: linkKey(link.id),
    editUntil: inWindow ? editUntil : null,
    changesAt: inWindow ? editUntil : opensLater ? editFrom : null,
    showPresence: link.kind !== 'viewer' || link.showPresence,
    personId: link.personId,
    member: null,
  }
}
