import type { CorrectableRegistration, CorrectedMeeting, CourseRegistrations } from '@bordenden/model'
import { request } from '../home/api.ts'

// `/api/registrations/:courseId`: the evaluation's registrations as derived from the board, with the
// coordinators' corrections beside what was derived.

export type CourseRegistrationAnswer =
  | (Omit<CourseRegistrations, 'meetings'> & { meetings: CorrectedMeeting[] })
  | null

export interface RegistrationCorrectionInput {
  field: CorrectableRegistration
  value: 'yes' | 'partly' | 'no'
  reason: string
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/')

export const registrationsApi = {
  read: (courseId: string) =>
    request<{ registrations: CourseRegistrationAnswer }>('GET', `/api/registrations/${path(courseId)}`),
  correct: (courseId: string, meetingId: string, correction: RegistrationCorrectionInput) =>
    request<{ registrations: CourseRegistrationAnswer }>(
      'POST',
      `/api/registrations/${path(courseId, meetingId)}`,
      correction,
    ),
}
