import type { DatabaseSync } from 'node:sqlite'
import {
  type MailSettings,
  type MailStore,
  type OutgoingMail,
  toClaimedMail,
  toLinkedMail,
  toMailSettings,
} from './mail.ts'

type Row = Record<string, unknown>

/** The outbox, opt-outs and mail settings in the embedded database (migration 9). */
export class SqliteMail implements MailStore {
  private readonly sql

  constructor(db: DatabaseSync) {
    this.sql = {
      enqueue: db.prepare(
        `INSERT INTO mail_outbox (id, course_id, kind, party, about, message, link_hash, created_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      ),
      claim: db.prepare(
        `UPDATE mail_outbox SET lease_owner = ?, lease_until = ?
         WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= ?
                      AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT ?)
         RETURNING *`,
      ),
      release: db.prepare(
        'UPDATE mail_outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL',
      ),
      sent: db.prepare(
        `UPDATE mail_outbox SET sent_at = ?, message = NULL, lease_owner = NULL, lease_until = NULL, last_error = NULL
         WHERE id = ? AND lease_owner = ?`,
      ),
      failed: db.prepare(
        `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
         lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?`,
      ),
      givenUp: db.prepare(
        `UPDATE mail_outbox SET given_up_at = ?, last_error = ?, message = NULL, lease_owner = NULL, lease_until = NULL
         WHERE id = ? AND lease_owner = ?`,
      ),
      counts: db.prepare(
        `SELECT count(*) FILTER (WHERE given_up_at IS NULL) AS waiting, count(given_up_at) AS given_up
         FROM mail_outbox WHERE course_id = ? AND sent_at IS NULL`,
      ),
      settings: db.prepare('SELECT * FROM mail_settings WHERE course_id = ?'),
      saveSettings: db.prepare(
        `INSERT INTO mail_settings (course_id, reminders, days_before, citizen_email) VALUES (?, ?, ?, ?)
         ON CONFLICT (course_id) DO UPDATE SET reminders = excluded.reminders,
         days_before = excluded.days_before, citizen_email = excluded.citizen_email`,
      ),
      byLink: db.prepare('SELECT course_id, party, kind, about FROM mail_outbox WHERE link_hash = ?'),
      optOut: db.prepare(
        'INSERT INTO mail_opt_outs (course_id, party, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      optedOut: db.prepare('SELECT party FROM mail_opt_outs WHERE course_id = ?'),
    }
  }

  async enqueue(m: OutgoingMail) {
    const message = JSON.stringify(m.message)
    const row = [
      m.id,
      m.courseId,
      m.kind,
      m.party,
      m.about,
      message,
      m.linkHash,
      m.createdAt,
      m.createdAt,
    ] as const
    return Number(this.sql.enqueue.run(...row).changes) === 1
  }
  async claim(owner: string, now: number, leaseUntil: number, limit: number) {
    return (this.sql.claim.all(owner, leaseUntil, now, now, limit) as Row[]).map(toClaimedMail)
  }
  async releaseLeftLeases() {
    this.sql.release.run()
  }
  async markSent(id: string, owner: string, at: number) {
    this.sql.sent.run(at, id, owner)
  }
  async markFailed(id: string, owner: string, retryAt: number, error: string) {
    this.sql.failed.run(retryAt, error, id, owner)
  }
  async markGivenUp(id: string, owner: string, at: number, error: string) {
    this.sql.givenUp.run(at, error, id, owner)
  }
  async counts(courseId: string) {
    const row = this.sql.counts.get(courseId) as Row
    return { waiting: Number(row.waiting), givenUp: Number(row.given_up) }
  }
  async settings(courseId: string) {
    return toMailSettings(this.sql.settings.get(courseId) as Row | undefined)
  }
  async saveSettings(courseId: string, s: MailSettings) {
    this.sql.saveSettings.run(courseId, s.reminders ? 1 : 0, s.daysBefore, s.citizenEmail)
  }
  async byLink(tokenHash: string) {
    const row = this.sql.byLink.get(tokenHash) as Row | undefined
    return row ? toLinkedMail(row) : null
  }
  async optOut(courseId: string, party: string, at: number) {
    this.sql.optOut.run(courseId, party, at)
  }
  async optedOut(courseId: string) {
    return new Set((this.sql.optedOut.all(courseId) as Row[]).map((r) => String(r.party)))
  }
}
