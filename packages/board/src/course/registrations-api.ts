import { answer } from '@bordenden/contract/api'
import type { CorrectableRegistration, CorrectedMeeting, CourseRegistrations } from '@bordenden/model'
import { client } from '../home/api.ts'

// `/api/registrations/:courseId`: the evaluation's registrations as derived from the board, with the
// coordinators' corrections beside what was derived.

const { registrations } = client.api

/**
 * The answer in the model's own types: JSON inference loses the corrections' union of the model's
 * registration values, so the client names what the route returns (`applyCorrections`).
 */
export type CourseRegistrationAnswer =
  | (Omit<CourseRegistrations, 'meetings'> & { meetings: CorrectedMeeting[] })
  | null
type Answered = Promise<{ registrations: CourseRegistrationAnswer }>

export interface RegistrationCorrectionInput {
  field: CorrectableRegistration
  value: 'yes' | 'partly' | 'no'
  reason: string
}

export const registrationsApi = {
  read: (courseId: string): Answered => answer(registrations[':courseId'].$get({ param: { courseId } })),
  correct: (courseId: string, meetingId: string, correction: RegistrationCorrectionInput): Answered =>
    answer(
      registrations[':courseId'][':meetingId'].$post({ param: { courseId, meetingId }, json: correction }),
    ),
}
