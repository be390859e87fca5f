import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite'
import type {
  AccountStore,
  CourseMember,
  CourseMembership,
  MemberRole,
  SessionRow,
  ShareLink,
  User,
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

function prepareAccounts(db: DatabaseSync) {
  return {
    createUser: db.prepare(
      'INSERT INTO users (id, email, name, role, password_hash, created_at, disabled_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    userById: db.prepare('SELECT * FROM users WHERE id = ?'),
    userByEmail: db.prepare('SELECT * FROM users WHERE email = ?'),
    listUsers: db.prepare('SELECT * FROM users ORDER BY created_at'),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    setDisabled: db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?'),
    createSession: db.prepare(
      'INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    sessionById: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    extendSession: db.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    userSessions: db.prepare('SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at'),
    allSessions: db.prepare('SELECT * FROM sessions ORDER BY created_at'),
    addMember: db.prepare(
      `INSERT INTO course_members (course_id, user_id, role, added_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (course_id, user_id) DO UPDATE SET role = excluded.role`,
    ),
    removeMember: db.prepare('DELETE FROM course_members WHERE course_id = ? AND user_id = ?'),
    memberRole: db.prepare('SELECT role FROM course_members WHERE course_id = ? AND user_id = ?'),
    coursesOf: db.prepare(
      `SELECT c.id, c.title, m.role FROM course_members m JOIN courses c ON c.id = m.course_id
       WHERE m.user_id = ? ORDER BY c.created_at`,
    ),
    membersOf: db.prepare(
      `SELECT m.user_id, u.name, u.email, m.role FROM course_members m JOIN users u ON u.id = m.user_id
       WHERE m.course_id = ? ORDER BY m.role = 'owner' DESC, m.added_at, u.name`,
    ),
    createShareLink: db.prepare(
      `INSERT INTO share_links (id, course_id, kind, label, meeting_id, person_id, created_by, created_at,
         expires_at, revoked_at, edit_from, edit_until, show_presence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    shareLinkById: db.prepare('SELECT * FROM share_links WHERE id = ?'),
    listShareLinks: db.prepare('SELECT * FROM share_links WHERE course_id = ? ORDER BY created_at'),
    revokeShareLink: db.prepare('UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    setEditWindow: db.prepare(
      'UPDATE share_links SET edit_from = ?, edit_until = ? WHERE id = ? AND revoked_at IS NULL',
    ),
    lastSeen: db.prepare('SELECT seen_at FROM course_views WHERE user_id = ? AND course_id = ?'),
    markSeen: db.prepare(
      `INSERT INTO course_views (user_id, course_id, seen_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id, course_id) DO UPDATE SET seen_at = excluded.seen_at`,
    ),
    rememberDevice: db.prepare('INSERT INTO known_devices (id, user_id, created_at) VALUES (?, ?, ?)'),
    forgetDevices: db.prepare('DELETE FROM known_devices WHERE user_id = ? AND created_at < ?'),
    deviceOwner: db.prepare('SELECT user_id FROM known_devices WHERE id = ? AND created_at >= ?'),
  } satisfies Record<string, StatementSync>
}

/** Accounts in the embedded database. Shares the connection (and so the transactions) of SqliteStorage. */
export class SqliteAccounts implements AccountStore {
  private readonly sql: ReturnType<typeof prepareAccounts>

  constructor(db: DatabaseSync) {
    this.sql = prepareAccounts(db)
  }

  async createUser(u: User) {
    this.sql.createUser.run(u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt, u.disabledAt)
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
    this.sql.setPassword.run(passwordHash, userId)
  }
  async setDisabled(userId: string, disabledAt: number | null) {
    this.sql.setDisabled.run(disabledAt, userId)
  }

  async createSession(s: SessionRow) {
    this.sql.createSession.run(s.id, s.userId, s.createdAt, s.expiresAt)
  }
  async sessionById(id: string) {
    const row = this.sql.sessionById.get(id) as Row | undefined
    return row ? toSession(row) : null
  }
  async extendSession(id: string, expiresAt: number) {
    this.sql.extendSession.run(expiresAt, id)
  }
  async deleteSession(id: string) {
    this.sql.deleteSession.run(id)
  }
  async deleteUserSessions(userId: string, keep?: string) {
    const ids = (this.sql.userSessions.all(userId) as Row[])
      .map((r) => r.id as string)
      .filter((id) => id !== keep)
    for (const id of ids) this.sql.deleteSession.run(id)
    return ids
  }
  async listSessions(userId?: string) {
    const rows = (userId ? this.sql.userSessions.all(userId) : this.sql.allSessions.all()) as Row[]
    return rows.map(toSession)
  }

  async addMember(courseId: string, userId: string, role: MemberRole, at: number) {
    this.sql.addMember.run(courseId, userId, role, at)
  }
  async removeMember(courseId: string, userId: string) {
    return Number(this.sql.removeMember.run(courseId, userId).changes) > 0
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
    this.sql.createShareLink.run(...(shareLinkValues(l) as SQLInputValue[]), l.showPresence ? 1 : 0)
  }
  async shareLinkById(id: string) {
    const row = this.sql.shareLinkById.get(id) as Row | undefined
    return row ? toShareLink(row) : null
  }
  async listShareLinks(courseId: string) {
    return (this.sql.listShareLinks.all(courseId) as Row[]).map(toShareLink)
  }
  async revokeShareLink(id: string, at: number) {
    return Number(this.sql.revokeShareLink.run(at, id).changes) > 0
  }
  async setEditWindow(id: string, editFrom: number | null, editUntil: number | null) {
    return Number(this.sql.setEditWindow.run(editFrom, editUntil, id).changes) > 0
  }
  async lastSeen(userId: string, courseId: string) {
    return ((this.sql.lastSeen.get(userId, courseId) as Row | undefined)?.seen_at as number | undefined) ?? 0
  }
  async markSeen(userId: string, courseId: string, at: number) {
    this.sql.markSeen.run(userId, courseId, at)
  }
  async rememberDevice(id: string, userId: string, at: number, forgetBefore: number) {
    this.sql.forgetDevices.run(userId, forgetBefore)
    this.sql.rememberDevice.run(id, userId, at)
  }
  async deviceOwner(id: string, since: number) {
    return ((this.sql.deviceOwner.get(id, since) as Row | undefined)?.user_id as string | undefined) ?? null
  }
}
