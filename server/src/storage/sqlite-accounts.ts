import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite'
import type { Locale } from '@bordenden/model'
import type {
  AccountStore,
  CourseMember,
  CourseMembership,
  MemberRole,
  NewUser,
  SessionRow,
  ShareLink,
} from './accounts.ts'
import {
  type Row,
  shareLinkValues,
  toCourseMember,
  toMembership,
  toSession,
  toShareLink,
  toUser,
} from './rows.ts'
import type { Statement } from './sqlite-writer.ts'

/** The writes, committed by the writer (sqlite-writer.ts) as one transaction per call. */
const WRITES = {
  createUser:
    'INSERT INTO users (id, email, name, role, password_hash, created_at, disabled_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  setPassword: 'UPDATE users SET password_hash = ? WHERE id = ?',
  setDisabled: 'UPDATE users SET disabled_at = ? WHERE id = ?',
  setLocale: 'UPDATE users SET locale = ? WHERE id = ?',
  createSession: 'INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  extendSession: 'UPDATE sessions SET expires_at = ? WHERE id = ?',
  deleteSession: 'DELETE FROM sessions WHERE id = ?',
  addMember: `INSERT INTO course_members (course_id, user_id, role, added_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (course_id, user_id) DO UPDATE SET role = excluded.role`,
  removeMember: 'DELETE FROM course_members WHERE course_id = ? AND user_id = ?',
  createShareLink: `INSERT INTO share_links (id, course_id, kind, label, meeting_id, person_id, created_by, created_at,
         expires_at, revoked_at, edit_from, edit_until, show_presence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  revokeShareLink: 'UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  setEditWindow: 'UPDATE share_links SET edit_from = ?, edit_until = ? WHERE id = ? AND revoked_at IS NULL',
  markSeen: `INSERT INTO course_views (user_id, course_id, seen_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id, course_id) DO UPDATE SET seen_at = excluded.seen_at`,
  rememberDevice: 'INSERT INTO known_devices (id, user_id, created_at) VALUES (?, ?, ?)',
  forgetDevices: 'DELETE FROM known_devices WHERE user_id = ? AND created_at < ?',
} as const

/** The reads, on the main connection (WAL: they never wait for a write). */
function prepareReads(db: DatabaseSync) {
  return {
    userById: db.prepare('SELECT * FROM users WHERE id = ?'),
    userByEmail: db.prepare('SELECT * FROM users WHERE email = ?'),
    listUsers: db.prepare('SELECT * FROM users ORDER BY created_at'),
    sessionById: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    userSessions: db.prepare('SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at'),
    allSessions: db.prepare('SELECT * FROM sessions ORDER BY created_at'),
    memberRole: db.prepare('SELECT role FROM course_members WHERE course_id = ? AND user_id = ?'),
    coursesOf: db.prepare(
      `SELECT c.id, c.title, m.role FROM course_members m JOIN courses c ON c.id = m.course_id
       WHERE m.user_id = ? ORDER BY c.created_at`,
    ),
    membersOf: db.prepare(
      `SELECT m.user_id, u.name, u.email, m.role FROM course_members m JOIN users u ON u.id = m.user_id
       WHERE m.course_id = ? ORDER BY m.role = 'owner' DESC, m.added_at, u.name`,
    ),
    shareLinkById: db.prepare('SELECT * FROM share_links WHERE id = ?'),
    listShareLinks: db.prepare('SELECT * FROM share_links WHERE course_id = ? ORDER BY created_at'),
    lastSeen: db.prepare('SELECT seen_at FROM course_views WHERE user_id = ? AND course_id = ?'),
    deviceOwner: db.prepare('SELECT user_id FROM known_devices WHERE id = ? AND created_at >= ?'),
  } satisfies Record<string, StatementSync>
}

/** Commits statements in one transaction (off the event loop for a database file); rows changed by each. */
export type RunStatements = (statements: Statement[]) => Promise<number[]>

/**
 * Accounts in the embedded database: reads on SqliteStorage's connection, writes through `run` (the
 * writer thread), so signing in or renewing a session costs the event loop no fsync.
 */
export class SqliteAccounts implements AccountStore {
  private readonly sql: ReturnType<typeof prepareReads>
  private readonly run: RunStatements

  constructor(db: DatabaseSync, run: RunStatements) {
    this.sql = prepareReads(db)
    this.run = run
  }

  /** One write statement; resolves with the rows it changed, once durable. */
  private async write(name: keyof typeof WRITES, ...params: SQLInputValue[]): Promise<number> {
    const [changes = 0] = await this.run([{ sql: WRITES[name], params }])
    return changes
  }

  async createUser(u: NewUser) {
    await this.write('createUser', u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt, u.disabledAt)
  }
  async userById(id: string) {
    const row = this.sql.userById.get(id) as Row | undefined
    return row ? toUser(row) : null
  }
  async userByEmail(email: string) {
    const row = this.sql.userByEmail.get(email.trim()) as Row | undefined
    return row ? toUser(row) : null
  }
  async listUsers() {
    return (this.sql.listUsers.all() as Row[]).map(toUser)
  }
  async setPasswordHash(userId: string, passwordHash: string) {
    await this.write('setPassword', passwordHash, userId)
  }
  async setDisabled(userId: string, disabledAt: number | null) {
    await this.write('setDisabled', disabledAt, userId)
  }
  async setLocale(userId: string, locale: Locale) {
    await this.write('setLocale', locale, userId)
  }

  async createSession(s: SessionRow) {
    await this.write('createSession', s.id, s.userId, s.createdAt, s.expiresAt)
  }
  async sessionById(id: string) {
    const row = this.sql.sessionById.get(id) as Row | undefined
    return row ? toSession(row) : null
  }
  async extendSession(id: string, expiresAt: number) {
    await this.write('extendSession', expiresAt, id)
  }
  async deleteSession(id: string) {
    await this.write('deleteSession', id)
  }
  async deleteUserSessions(userId: string, keep?: string) {
    const ids = (this.sql.userSessions.all(userId) as Row[])
      .map((r) => r.id as string)
      .filter((id) => id !== keep)
    await this.run(ids.map((id) => ({ sql: WRITES.deleteSession, params: [id] })))
    return ids
  }
  async listSessions(userId?: string) {
    const rows = (userId ? this.sql.userSessions.all(userId) : this.sql.allSessions.all()) as Row[]
    return rows.map(toSession)
  }

  async addMember(courseId: string, userId: string, role: MemberRole, at: number) {
    await this.write('addMember', courseId, userId, role, at)
  }
  async removeMember(courseId: string, userId: string) {
    return (await this.write('removeMember', courseId, userId)) > 0
  }
  async memberRole(courseId: string, userId: string) {
    const row = this.sql.memberRole.get(courseId, userId) as Row | undefined
    return row ? (row.role as MemberRole) : null
  }
  async coursesOf(userId: string): Promise<CourseMembership[]> {
    return (this.sql.coursesOf.all(userId) as Row[]).map(toMembership)
  }
  async membersOf(courseId: string): Promise<CourseMember[]> {
    return (this.sql.membersOf.all(courseId) as Row[]).map(toCourseMember)
  }

  async createShareLink(l: ShareLink) {
    await this.write('createShareLink', ...(shareLinkValues(l) as SQLInputValue[]), l.showPresence ? 1 : 0)
  }
  async shareLinkById(id: string) {
    const row = this.sql.shareLinkById.get(id) as Row | undefined
    return row ? toShareLink(row) : null
  }
  async listShareLinks(courseId: string) {
    return (this.sql.listShareLinks.all(courseId) as Row[]).map(toShareLink)
  }
  async revokeShareLink(id: string, at: number) {
    return (await this.write('revokeShareLink', at, id)) > 0
  }
  async setEditWindow(id: string, editFrom: number | null, editUntil: number | null) {
    return (await this.write('setEditWindow', editFrom, editUntil, id)) > 0
  }
  async lastSeen(userId: string, courseId: string) {
    return ((this.sql.lastSeen.get(userId, courseId) as Row | undefined)?.seen_at as number | undefined) ?? 0
  }
  async markSeen(userId: string, courseId: string, at: number) {
    await this.write('markSeen', userId, courseId, at)
  }
  async rememberDevice(id: string, userId: string, at: number, forgetBefore: number) {
    await this.run([
      { sql: WRITES.forgetDevices, params: [userId, forgetBefore] },
      { sql: WRITES.rememberDevice, params: [id, userId, at] },
    ])
  }
  async deviceOwner(id: string, since: number) {
    return ((this.sql.deviceOwner.get(id, since) as Row | undefined)?.user_id as string | undefined) ?? null
  }
}
