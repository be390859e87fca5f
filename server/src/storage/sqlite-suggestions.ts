import type { DatabaseSync } from 'node:sqlite'
import { type SuggestionStore, type TopicSuggestion, toSuggestion } from './suggestions.ts'

type Row = Record<string, unknown>

/** The citizen's topic suggestions in the embedded database (migration 6). */
export class SqliteSuggestions implements SuggestionStore {
  private readonly sql

  constructor(db: DatabaseSync) {
    this.sql = {
      add: db.prepare(
        `INSERT INTO topic_suggestions (id, course_id, kind, text, written_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      pending: db.prepare(
        'SELECT * FROM topic_suggestions WHERE course_id = ? AND settled_at IS NULL ORDER BY created_at, id',
      ),
      settle: db.prepare(
        `UPDATE topic_suggestions SET accepted = ?, settled_by = ?, settled_at = ?
         WHERE course_id = ? AND id = ? AND settled_at IS NULL`,
      ),
    }
  }

  async addSuggestion(s: TopicSuggestion) {
    this.sql.add.run(s.id, s.courseId, s.kind, s.text, s.writtenBy, s.createdAt)
  }
  async pendingSuggestions(courseId: string) {
    return (this.sql.pending.all(courseId) as Row[]).map(toSuggestion)
  }
  async settleSuggestion(courseId: string, id: string, d: { accepted: boolean; by: string; at: number }) {
    return Number(this.sql.settle.run(d.accepted ? 1 : 0, d.by, d.at, courseId, id).changes) === 1
  }
}
