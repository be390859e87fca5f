import type { AuditAction, LinkKind, MemberRole, UserRole } from '@bordenden/contract'
import type { Locale } from '@bordenden/model'
import type { StoredAuditRow } from '../audit/chain.ts'

/** People who sign in. Participants, citizens and viewers come in through share links instead. */
export type { UserRole }

export interface User {
  id: string
  email: string
  name: string
  role: UserRole
  passwordHash: string
  createdAt: number
  disabledAt: number | null
  /** The language the person chose, followed by every surface they sign in to; null until they choose. */
  locale: Locale | null
}

/** A user as created: no language chosen yet. */
export type NewUser = Omit<User, 'locale'>

export interface SessionRow {
  /** SHA-256 (hex) of the session token. */
  id: string
  userId: string
  createdAt: number
  expiresAt: number
}

export type { MemberRole }

export type ShareKind = LinkKind

export interface ShareLink {
  /** SHA-256 (hex) of the link token. */
  id: string
  courseId: string
  kind: ShareKind
  label: string
  meetingId: string | null
  /** The network person the link was given to; they may update their own agreements between meetings. */
  personId: string | null
  createdBy: string
  createdAt: number
  expiresAt: number | null
  revokedAt: number | null
  /** When a participant or citizen link may edit; outside this window it is read-only. */
  editFrom: number | null
  editUntil: number | null
  /** Whether this link's viewer appears to others (cursor, name). Off by default. */
  showPresence: boolean
}

export interface CourseMembership {
  courseId: string
  title: string
  role: MemberRole
}

/** A coordinator on a course, as the course's other coordinators see them. */
export interface CourseMember {
  userId: string
  name: string
  email: string
  role: MemberRole
}

/** Users, sessions, memberships and share links. */
export interface AccountStore {
  createUser(user: NewUser): Promise<void>
  userById(id: string): Promise<User | null>
  userByEmail(email: string): Promise<User | null>
  listUsers(): Promise<User[]>
  setPasswordHash(userId: string, passwordHash: string): Promise<void>
  /** Disables (a time) or enables (null) a user; a disabled user's sessions are refused. */
  setDisabled(userId: string, disabledAt: number | null): Promise<void>
  setLocale(userId: string, locale: Locale): Promise<void>

  createSession(session: SessionRow): Promise<void>
  sessionById(id: string): Promise<SessionRow | null>
  extendSession(id: string, expiresAt: number): Promise<void>
  deleteSession(id: string): Promise<void>
  /** Deletes a user's sessions (but `keep`) and returns the ids deleted, so their sockets can be closed. */
  deleteUserSessions(userId: string, keep?: string): Promise<string[]>
  listSessions(userId?: string): Promise<SessionRow[]>

  addMember(courseId: string, userId: string, role: MemberRole, at: number): Promise<void>
  /** Takes a user off a course; false when they were not on it. */
  removeMember(courseId: string, userId: string): Promise<boolean>
  memberRole(courseId: string, userId: string): Promise<MemberRole | null>
  coursesOf(userId: string): Promise<CourseMembership[]>
  /** The course's coordinators, the owner first, then in the order they were added. */
  membersOf(courseId: string): Promise<CourseMember[]>

  createShareLink(link: ShareLink): Promise<void>
  shareLinkById(id: string): Promise<ShareLink | null>
  listShareLinks(courseId: string): Promise<ShareLink[]>
  revokeShareLink(id: string, at: number): Promise<boolean>
  /** Opens, moves or closes (nulls) a live link's edit window; false when the link is revoked or unknown. */
  setEditWindow(id: string, editFrom: number | null, editUntil: number | null): Promise<boolean>

  /** When a coordinator last looked at a course's follow-ups (0 when never). */
  lastSeen(userId: string, courseId: string): Promise<number>
  markSeen(userId: string, courseId: string, at: number): Promise<void>

  /** A browser that signed in (by the SHA-256 of its device token); forgets the user's devices made before `forgetBefore`. */
  rememberDevice(id: string, userId: string, at: number, forgetBefore: number): Promise<void>
  /** Whose device this is, if it was made at or after `since`. */
  deviceOwner(id: string, since: number): Promise<string | null>
}

export interface AuditEntry {
  at: number
  /** `user:<id>`, `link:<first 12 hex of its hash>`, `system`, or `cli`. Never a name or a token. */
  actor: string
  action: AuditAction
  courseId: string | null
  ip: string | null
  detail: Record<string, string | number | boolean | null>
}

/**
 * Append-only, and a hash chain: each entry carries the hash of the one before (audit/chain.ts), computed
 * under a lock shared by every process writing to the database, so `verify-audit` finds any entry that
 * was changed, removed or slipped in once the triggers are out of the way.
 */
export interface AuditStore {
  append(entry: AuditEntry): Promise<void>
  forCourse(courseId: string, limit: number): Promise<AuditEntry[]>
  /** Stored rows in sequence order after `afterSeq`, for verifying the chain. */
  page(afterSeq: number, limit: number): Promise<StoredAuditRow[]>
}
