import type { Pool } from 'pg'
import { type SuggestionStore, type TopicSuggestion, toSuggestion } from './suggestions.ts'

/** The citizen's topic suggestions in PostgreSQL (migration 3). */
export class PostgresSuggestions implements SuggestionStore {
  private readonly pool: Pool

  constructor(pool: Pool) {
    this.pool = pool
  }

  async addSuggestion(s: TopicSuggestion) {
    await this.pool.query(
      'INSERT INTO topic_suggestions (id, course_id, kind, text, written_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [s.id, s.courseId, s.kind, s.text, s.writtenBy, s.createdAt],
    )
  }
  async pendingSuggestions(courseId: string) {
    const { rows } = await this.pool.query(
      'SELECT * FROM topic_suggestions WHERE course_id = $1 AND settled_at IS NULL ORDER BY created_at, id',
      [courseId],
    )
    return rows.map(toSuggestion)
  }
  async settleSuggestion(courseId: string, id: string, d: { accepted: boolean; by: string; at: number }) {
    const { rowCount } = await this.pool.query(
      `UPDATE topic_suggestions SET accepted = $1, settled_by = $2, settled_at = $3
       WHERE course_id = $4 AND id = $5 AND settled_at IS NULL`,
      [d.accepted, d.by, d.at, courseId, id],
    )
    return rowCount === 1
  }
}
