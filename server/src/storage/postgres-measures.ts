import type { Pool } from 'pg'
import { measurementRow, toMeasurement } from './measure-rows.ts'
import type { MeasureStore, OutcomeMeasurement } from './measures.ts'

export class PostgresMeasures implements MeasureStore {
  private readonly pool: Pool

  constructor(pool: Pool) {
    this.pool = pool
  }

  async addMeasurement(m: OutcomeMeasurement) {
    await this.pool.query(
      `INSERT INTO outcome_measurements (id, course_id, occasion, answers, who5, inspire_o, answered_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      measurementRow(m),
    )
  }
  async measurementsOf(courseId: string) {
    const { rows } = await this.pool.query(
      'SELECT * FROM outcome_measurements WHERE course_id = $1 ORDER BY answered_at, id',
      [courseId],
    )
    return rows.map(toMeasurement)
  }
}
