import type { RegistrationCorrection } from '@bordenden/model'
import type { Pool } from 'pg'
import { correctionRow, toCorrection } from './measure-rows.ts'
import type { RegistrationCorrectionStore } from './registration-corrections.ts'

export class PostgresRegistrationCorrections implements RegistrationCorrectionStore {
  private readonly pool: Pool

  constructor(pool: Pool) {
    this.pool = pool
  }

  async addCorrection(courseId: string, correction: RegistrationCorrection) {
    await this.pool.query(
      `INSERT INTO registration_corrections (course_id, meeting_id, field, value, reason, corrected_at, corrected_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [courseId, ...correctionRow(correction)],
    )
  }
  async correctionsOf(courseId: string) {
    const { rows } = await this.pool.query(
      'SELECT * FROM registration_corrections WHERE course_id = $1 ORDER BY corrected_at',
      [courseId],
    )
    return rows.map(toCorrection)
  }
}
