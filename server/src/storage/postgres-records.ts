import type { Pool } from 'pg'
import type { AgreementRecord, Approval, MeetingFeedback, RecordStore } from './records.ts'
import { feedbackAnswers, recordJson, toFeedback, toRecord } from './rows.ts'

/** Agreement records in PostgreSQL. The trigger of migration 2 makes approved ones immutable. */
export class PostgresRecords implements RecordStore {
  private readonly pool: Pool

  constructor(pool: Pool) {
    this.pool = pool
  }

  async listRecords(courseId: string) {
    const { rows } = await this.pool.query(
      'SELECT * FROM records WHERE course_id = $1 ORDER BY created_at DESC, version DESC',
      [courseId],
    )
    return rows.map(toRecord)
  }
  async recordById(id: string) {
    const { rows } = await this.pool.query('SELECT * FROM records WHERE id = $1', [id])
    return rows[0] ? toRecord(rows[0]) : null
  }
  async latestForMeeting(courseId: string, meetingId: string) {
    const { rows } = await this.pool.query(
      'SELECT * FROM records WHERE course_id = $1 AND meeting_id = $2 ORDER BY version DESC LIMIT 1',
      [courseId, meetingId],
    )
    return rows[0] ? toRecord(rows[0]) : null
  }
  async insertRecord(r: AgreementRecord) {
    const result = await this.pool.query(
      `INSERT INTO records (id, course_id, meeting_id, version, status, content, canvas, images, hash, changes,
         created_at, created_by) VALUES ($1, $2, $3, $4, 'draft', $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (course_id, meeting_id, version) DO NOTHING`,
      [r.id, r.courseId, r.meetingId, r.version, ...recordJson(r), r.createdAt, r.createdBy],
    )
    return result.rowCount === 1
  }
  async replaceDraft(r: AgreementRecord) {
    const result = await this.pool.query(
      `UPDATE records SET content = $1, canvas = $2, images = $3, hash = $4, changes = $5, created_at = $6,
         created_by = $7 WHERE id = $8 AND status = 'draft'`,
      [...recordJson(r), r.createdAt, r.createdBy, r.id],
    )
    return result.rowCount === 1
  }
  async approve(id: string, a: Approval) {
    const result = await this.pool.query(
      `UPDATE records SET status = 'approved', approved_at = $1, approved_by = $2, approval_method = $3
       WHERE id = $4 AND status = 'draft' AND hash = $5`,
      [a.at, a.by, a.method, id, a.hash],
    )
    return result.rowCount === 1
  }
  async markSent(id: string, at: number, by: string, to: string[]) {
    const result = await this.pool.query(
      `UPDATE records SET status = 'sent', sent_at = $1, sent_by = $2, sent_to = $3
       WHERE id = $4 AND status = 'approved'`,
      [at, by, JSON.stringify(to), id],
    )
    return result.rowCount === 1
  }
  async saveFeedback(courseId: string, meetingId: string, f: MeetingFeedback) {
    await this.pool.query(
      `INSERT INTO meeting_evaluations (course_id, meeting_id, answers, answered_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (course_id, meeting_id) DO UPDATE SET answers = excluded.answers,
         answered_at = excluded.answered_at, recorded_by = excluded.recorded_by`,
      [courseId, meetingId, feedbackAnswers(f), f.answeredAt, f.recordedBy],
    )
  }
  async feedbackFor(courseId: string, meetingId: string): Promise<MeetingFeedback | null> {
    const { rows } = await this.pool.query(
      'SELECT * FROM meeting_evaluations WHERE course_id = $1 AND meeting_id = $2',
      [courseId, meetingId],
    )
    return rows[0] ? toFeedback(rows[0]) : null
  }
}
