import type { Pool } from 'pg'
import {
  type MailSettings,
  type MailStore,
  type OutgoingMail,
  toClaimedMail,
  toLinkedMail,
  toMailSettings,
} from './mail.ts'

/**
 * The outbox, opt-outs and mail settings in PostgreSQL (migration 6). Claiming skips rows another
 * process is claiming at the same moment (`FOR UPDATE SKIP LOCKED`), so two servers never lease one mail.
 */
export class PostgresMail implements MailStore {
  private readonly pool: Pool

  constructor(pool: Pool) {
    this.pool = pool
  }

  async enqueue(m: OutgoingMail) {
    const { rowCount } = await this.pool.query(
      `INSERT INTO mail_outbox (id, course_id, kind, party, about, message, link_hash, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (id) DO NOTHING`,
      [m.id, m.courseId, m.kind, m.party, m.about, JSON.stringify(m.message), m.linkHash, m.createdAt],
    )
    return rowCount === 1
  }
  async claim(owner: string, now: number, leaseUntil: number, limit: number) {
    const { rows } = await this.pool.query(
      `UPDATE mail_outbox SET lease_owner = $1, lease_until = $2
       WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= $3
                    AND (lease_until IS NULL OR lease_until < $3) ORDER BY next_attempt_at LIMIT $4
                    FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [owner, leaseUntil, now, limit],
    )
    return rows.map(toClaimedMail)
  }
  async releaseLeftLeases() {
    // Another process may be sending under its lease right now: leases here only run out.
  }
  async markSent(id: string, owner: string, at: number) {
    await this.pool.query(
      `UPDATE mail_outbox SET sent_at = $1, message = NULL, lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = $2 AND lease_owner = $3`,
      [at, id, owner],
    )
  }
  async markFailed(id: string, owner: string, retryAt: number, error: string) {
    await this.pool.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2,
       lease_owner = NULL, lease_until = NULL WHERE id = $3 AND lease_owner = $4`,
      [retryAt, error, id, owner],
    )
  }
  async markGivenUp(id: string, owner: string, at: number, error: string) {
    await this.pool.query(
      `UPDATE mail_outbox SET given_up_at = $1, last_error = $2, message = NULL, lease_owner = NULL, lease_until = NULL
       WHERE id = $3 AND lease_owner = $4`,
      [at, error, id, owner],
    )
  }
  async counts(courseId: string) {
    const { rows } = await this.pool.query(
      `SELECT count(*) FILTER (WHERE given_up_at IS NULL) AS waiting, count(given_up_at) AS given_up
       FROM mail_outbox WHERE course_id = $1 AND sent_at IS NULL`,
      [courseId],
    )
    return { waiting: Number(rows[0]?.waiting ?? 0), givenUp: Number(rows[0]?.given_up ?? 0) }
  }
  async settings(courseId: string) {
    const { rows } = await this.pool.query('SELECT * FROM mail_settings WHERE course_id = $1', [courseId])
    return toMailSettings(rows[0])
  }
  async saveSettings(courseId: string, s: MailSettings) {
    await this.pool.query(
      `INSERT INTO mail_settings (course_id, reminders, days_before, citizen_email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (course_id) DO UPDATE SET reminders = excluded.reminders,
       days_before = excluded.days_before, citizen_email = excluded.citizen_email`,
      [courseId, s.reminders ? 1 : 0, s.daysBefore, s.citizenEmail],
    )
  }
  async byLink(tokenHash: string) {
    const { rows } = await this.pool.query(
      'SELECT course_id, party, kind, about FROM mail_outbox WHERE link_hash = $1',
      [tokenHash],
    )
    return rows[0] ? toLinkedMail(rows[0]) : null
  }
  async optOut(courseId: string, party: string, at: number) {
    await this.pool.query(
      'INSERT INTO mail_opt_outs (course_id, party, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [courseId, party, at],
    )
  }
  async optedOut(courseId: string) {
    const { rows } = await this.pool.query('SELECT party FROM mail_opt_outs WHERE course_id = $1', [courseId])
    return new Set(rows.map((r) => String(r.party)))
  }
}
