import type { Locale } from '@bordenden/model'
import type { Pool } from 'pg'
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

/** Accounts in PostgreSQL; the same queries as SqliteAccounts. Emails are unique regardless of case. */
export class PostgresAccounts implements AccountStore {
  private readonly pool: Pool

  constructor(pool: Pool) {
    this.pool = pool
  }

  private async rows(text: string, values: unknown[]): Promise<Row[]> {
    return (await this.pool.query(text, values)).rows
  }

  async createUser(u: NewUser) {
    await this.pool.query(
      'INSERT INTO users (id, email, name, role, password_hash, created_at, disabled_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt, u.disabledAt],
    )
  }
  async userById(id: string) {
    const [row] = await this.rows('SELECT * FROM users WHERE id = $1', [id])
    return row ? toUser(row) : null
  }
  async userByEmail(email: string) {
    const [row] = await this.rows('SELECT * FROM users WHERE lower(email) = lower($1)', [email.trim()])
    return row ? toUser(row) : null
  }
  async listUsers() {
    return (await this.rows('SELECT * FROM users ORDER BY created_at', [])).map(toUser)
  }
  async setPasswordHash(userId: string, passwordHash: string) {
    await this.pool.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId])
  }
  async setDisabled(userId: string, disabledAt: number | null) {
    await this.pool.query('UPDATE users SET disabled_at = $1 WHERE id = $2', [disabledAt, userId])
  }
  async setLocale(userId: string, locale: Locale) {
    await this.pool.query('UPDATE users SET locale = $1 WHERE id = $2', [locale, userId])
  }

  async createSession(s: SessionRow) {
    await this.pool.query(
      'INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [s.id, s.userId, s.createdAt, s.expiresAt],
    )
  }
  async sessionById(id: string) {
    const [row] = await this.rows('SELECT * FROM sessions WHERE id = $1', [id])
    return row ? toSession(row) : null
  }
  async extendSession(id: string, expiresAt: number) {
    await this.pool.query('UPDATE sessions SET expires_at = $1 WHERE id = $2', [expiresAt, id])
  }
  async deleteSession(id: string) {
    await this.pool.query('DELETE FROM sessions WHERE id = $1', [id])
  }
  async deleteUserSessions(userId: string, keep?: string) {
    const rows = await this.rows(
      'DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2 RETURNING id',
      [userId, keep ?? null],
    )
    return rows.map((r) => r.id as string)
  }
  async listSessions(userId?: string) {
    const rows = userId
      ? await this.rows('SELECT * FROM sessions WHERE user_id = $1 ORDER BY created_at', [userId])
      : await this.rows('SELECT * FROM sessions ORDER BY created_at', [])
    return rows.map(toSession)
  }

  async addMember(courseId: string, userId: string, role: MemberRole, at: number) {
    await this.pool.query(
      `INSERT INTO course_members (course_id, user_id, role, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (course_id, user_id) DO UPDATE SET role = excluded.role`,
      [courseId, userId, role, at],
    )
  }
  async removeMember(courseId: string, userId: string) {
    const result = await this.pool.query('DELETE FROM course_members WHERE course_id = $1 AND user_id = $2', [
      courseId,
      userId,
    ])
    return (result.rowCount ?? 0) > 0
  }
  async memberRole(courseId: string, userId: string) {
    const [row] = await this.rows('SELECT role FROM course_members WHERE course_id = $1 AND user_id = $2', [
      courseId,
      userId,
    ])
    return row ? (row.role as MemberRole) : null
  }
  async coursesOf(userId: string): Promise<CourseMembership[]> {
    const rows = await this.rows(
      `SELECT c.id, c.title, m.role FROM course_members m JOIN courses c ON c.id = m.course_id
       WHERE m.user_id = $1 ORDER BY c.created_at`,
      [userId],
    )
    return rows.map(toMembership)
  }
  async membersOf(courseId: string): Promise<CourseMember[]> {
    const rows = await this.rows(
      `SELECT m.user_id, u.name, u.email, m.role FROM course_members m JOIN users u ON u.id = m.user_id
       WHERE m.course_id = $1 ORDER BY m.role = 'owner' DESC, m.added_at, u.name`,
      [courseId],
    )
    return rows.map(toCourseMember)
  }

  async createShareLink(l: ShareLink) {
    await this.pool.query(
      `INSERT INTO share_links (id, course_id, kind, label, meeting_id, person_id, created_by, created_at,
         expires_at, revoked_at, edit_from, edit_until, show_presence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [...shareLinkValues(l), l.showPresence],
    )
  }
  async shareLinkById(id: string) {
    const [row] = await this.rows('SELECT * FROM share_links WHERE id = $1', [id])
    return row ? toShareLink(row) : null
  }
  async listShareLinks(courseId: string) {
    return (
      await this.rows('SELECT * FROM share_links WHERE course_id = $1 ORDER BY created_at', [courseId])
    ).map(toShareLink)
  }
  async revokeShareLink(id: string, at: number) {
    const result = await this.pool.query(
      'UPDATE share_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [at, id],
    )
    return (result.rowCount ?? 0) > 0
  }
  async setEditWindow(id: string, editFrom: number | null, editUntil: number | null) {
    const result = await this.pool.query(
      'UPDATE share_links SET edit_from = $1, edit_until = $2 WHERE id = $3 AND revoked_at IS NULL',
      [editFrom, editUntil, id],
    )
    return (result.rowCount ?? 0) > 0
  }
  async lastSeen(userId: string, courseId: string) {
    const [row] = await this.rows('SELECT seen_at FROM course_views WHERE user_id = $1 AND course_id = $2', [
      userId,
      courseId,
    ])
    return (row?.seen_at as number | undefined) ?? 0
  }
  async markSeen(userId: string, courseId: string, at: number) {
    await this.pool.query(
      `INSERT INTO course_views (user_id, course_id, seen_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, course_id) DO UPDATE SET seen_at = excluded.seen_at`,
      [userId, courseId, at],
    )
  }
  async rememberDevice(id: string, userId: string, at: number, forgetBefore: number) {
    await this.pool.query('DELETE FROM known_devices WHERE user_id = $1 AND created_at < $2', [
      userId,
      forgetBefore,
    ])
    await this.pool.query('INSERT INTO known_devices (id, user_id, created_at) VALUES ($1, $2, $3)', [
      id,
      userId,
      at,
    ])
  }
  async deviceOwner(id: string, since: number) {
    const [row] = await this.rows('SELECT user_id FROM known_devices WHERE id = $1 AND created_at >= $2', [
      id,
      since,
    ])
    return (row?.user_id as string | undefined) ?? null
  }
}
