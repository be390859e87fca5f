import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { AgreementRecord, ApprovalMethod, MeetingFeedback, RecordStore } from './records.ts'
import { feedbackAnswers, type Row, recordJson, toFeedback, toRecord } from './rows.ts'

function prepareRecords(db: DatabaseSync) {
  return {
    list: db.prepare('SELECT * FROM records WHERE course_id = ? ORDER BY created_at DESC, version DESC'),
    byId: db.prepare('SELECT * FROM records WHERE id = ?'),
    latest: db.prepare(
      'SELECT * FROM records WHERE course_id = ? AND meeting_id = ? ORDER BY version DESC LIMIT 1',
    ),
    insert: db.prepare(
      `INSERT INTO records (id, course_id, meeting_id, version, status, content, canvas, images, hash, changes,
         created_at, created_by) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    replaceDraft: db.prepare(
      `UPDATE records SET content = ?, canvas = ?, images = ?, hash = ?, changes = ?, created_at = ?, created_by = ?
       WHERE id = ?`,
    ),
    approve: db.prepare(
      `UPDATE records SET status = 'approved', approved_at = ?, approved_by = ?, approval_method = ?
       WHERE id = ? AND status = 'draft'`,
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

/** Agreement records in the embedded database. The triggers in migration 3 make approved ones immutable. */
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
    this.sql.insert.run(r.id, r.courseId, r.meetingId, r.version, ...recordJson(r), r.createdAt, r.createdBy)
  }
  async replaceDraft(r: AgreementRecord) {
    this.sql.replaceDraft.run(...recordJson(r), r.createdAt, r.createdBy, r.id)
  }
  async approve(id: string, at: number, by: string, method: ApprovalMethod) {
    if (Number(this.sql.approve.run(at, by, method, id).changes) !== 1)
      throw new Error('only a draft can be approved')
  }
  async markSent(id: string, at: number, by: string, to: string[]) {
    if (Number(this.sql.markSent.run(at, by, JSON.stringify(to), id).changes) !== 1) {
      throw new Error('only an approved record can be sent')
    }
  }
  async saveFeedback(courseId: string, meetingId: string, f: MeetingFeedback) {
    this.sql.saveFeedback.run(courseId, meetingId, feedbackAnswers(f), f.answeredAt, f.recordedBy)
  }
  async feedbackFor(courseId: string, meetingId: string): Promise<MeetingFeedback | null> {
    const row = this.sql.feedback.get(courseId, meetingId) as Row | undefined
    return row ? toFeedback(row) : null
  }
}
