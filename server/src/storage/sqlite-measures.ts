import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { measurementRow, toMeasurement } from './measure-rows.ts'
import type { MeasureStore, OutcomeMeasurement } from './measures.ts'

function prepareMeasures(db: DatabaseSync) {
  return {
    insert: db.prepare(
      `INSERT INTO outcome_measurements (id, course_id, occasion, answers, who5, inspire_o, answered_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    ofCourse: db.prepare('SELECT * FROM outcome_measurements WHERE course_id = ? ORDER BY answered_at, id'),
  } satisfies Record<string, StatementSync>
}

export class SqliteMeasures implements MeasureStore {
  private readonly sql: ReturnType<typeof prepareMeasures>

  constructor(db: DatabaseSync) {
    this.sql = prepareMeasures(db)
  }

  async addMeasurement(m: OutcomeMeasurement) {
    this.sql.insert.run(...measurementRow(m))
  }
  async measurementsOf(courseId: string) {
    return (this.sql.ofCourse.all(courseId) as Record<string, unknown>[]).map(toMeasurement)
  }
}
