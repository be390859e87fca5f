import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { AgreementRecord, Approval, MeetingFeedback, RecordStore } from './records.ts'
import { feedbackAnswers, type Row, recordJson, toFeedback, toRecord } from './rows.ts'

function prepareRecords(db: DatabaseSync) {
  return {
    list: db.prepare('SELECT * FROM records WHERE course_id = ? ORDER BY created_at DESC, version DESC'),
    byId: db.prepare('SELECT * FROM records WHERE id = ?'),
    latest: db.prepare(
      'SELECT * FROM records WHERE course_id = ? AND meeting_id = ? ORDER BY version DESC LIMIT 1',
    ),
    versionTaken: db.prepare('SELECT 1 FROM records WHERE course_id = ? AND meeting_id = ? AND version = ?'),
    insert: db.prepare(
      `INSERT INTO records (id, course_id, meeting_id, version, status, content, canvas, images, hash, changes,
         created_at, created_by) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    replaceDraft: db.prepare(
      `UPDATE records SET content = ?, canvas = ?, images = ?, hash = ?, changes = ?, created_at = ?, created_by = ?
       WHERE id = ? AND status = 'draft'`,
    ),
    approve: db.prepare(
      `UPDATE records SET status = 'approved', approved_at = ?, approved_by = ?, approval_method = ?
       WHERE id = ? AND status = 'draft' AND hash = ?`,
    ),
    markSent: db.prepare(
      `UPDATE records SET status = 'sent', sent_at = ?, sent_by = ?, sent_to = ? WHERE id = ? AND status = 'approved'`,
    ),
    saveFeedback: db.prepare(
      `INSERT INTO meeting_evaluations (course_id, meeting_id, answers, answered_at, recorded_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (course_id, meeting_id) DO UPDATE SET answers = excluded.answers,
         answered_at = excluded.answered_at, recorded_by = excluded.recorded_by`,
    ),
    feedback: db.prepare('SELECT * FROM meeting_evaluations WHERE course_id = ? AND meeting_id = ?'),
  } satisfies Record<string, StatementSync>
}

/** Agreement records in the embedded database. The triggers of migration 5 make approved ones immutable. */
export class SqliteRecords implements RecordStore {
  private readonly sql: ReturnType<typeof prepareRecords>

  constructor(db: DatabaseSync) {
    this.sql = prepareRecords(db)
  }

  async listRecords(courseId: string) {
    return (this.sql.list.all(courseId) as Row[]).map(toRecord)
  }
  async recordById(id: string) {
    const row = this.sql.byId.get(id) as Row | undefined
    return row ? toRecord(row) : null
  }
  async latestForMeeting(courseId: string, meetingId: string) {
    const row = this.sql.latest.get(courseId, meetingId) as Row | undefined
    return row ? toRecord(row) : null
  }
  async insertRecord(r: AgreementRecord) {
    // Checked and inserted in one synchronous step, so no other request comes between the two.
    if (this.sql.versionTaken.get(r.courseId, r.meetingId, r.version)) return false
    this.sql.insert.run(r.id, r.courseId, r.meetingId, r.version, ...recordJson(r), r.createdAt, r.createdBy)
    return true
  }
  async replaceDraft(r: AgreementRecord) {
    return Number(this.sql.replaceDraft.run(...recordJson(r), r.createdAt, r.createdBy, r.id).changes) === 1
  }
  async approve(id: string, a: Approval) {
    return Number(this.sql.approve.run(a.at, a.by, a.method, id, a.hash).changes) === 1
  }
  async markSent(id: string, at: number, by: string, to: string[]) {
    return Number(this.sql.markSent.run(at, by, JSON.stringify(to), id).changes) === 1
  }
  async saveFeedback(courseId: string, meetingId: string, f: MeetingFeedback) {
    this.sql.saveFeedback.run(courseId, meetingId, feedbackAnswers(f), f.answeredAt, f.recordedBy)
  }
  async feedbackFor(courseId: string, meetingId: string): Promise<MeetingFeedback | null> {
    const row = this.sql.feedback.get(courseId, meetingId) as Row | undefined
    return row ? toFeedback(row) : null
  }
}
