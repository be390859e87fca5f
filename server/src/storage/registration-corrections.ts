import type { RegistrationCorrection } from '@bordenden/model'

/** Coordinators' corrections of derived registrations, newest kept beside older ones (never overwritten). */
export interface RegistrationCorrectionStore {
  addCorrection(courseId: string, correction: RegistrationCorrection): Promise<void>
  correctionsOf(courseId: string): Promise<RegistrationCorrection[]>
}
