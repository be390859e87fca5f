import type { DatabaseSync } from 'node:sqlite'
import type { RegistrationCorrection } from '@bordenden/model'
import { correctionRow, toCorrection } from './measure-rows.ts'
import type { RegistrationCorrectionStore } from './registration-corrections.ts'

export class SqliteRegistrationCorrections implements RegistrationCorrectionStore {
  private readonly insert
  private readonly ofCourse

  constructor(db: DatabaseSync) {
    this.insert = db.prepare(
      `INSERT INTO registration_corrections (course_id, meeting_id, field, value, reason, corrected_at, corrected_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    this.ofCourse = db.prepare(
      'SELECT * FROM registration_corrections WHERE course_id = ? ORDER BY corrected_at',
    )
  }

  async addCorrection(courseId: string, correction: RegistrationCorrection) {
    this.insert.run(courseId, ...correctionRow(correction))
  }
  async correctionsOf(courseId: string) {
    return this.ofCourse.all(courseId).map(toCorrection)
  }
}
