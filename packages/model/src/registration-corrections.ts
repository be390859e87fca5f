import { z } from 'zod'
import { requiredText } from './fields.ts'
import type { CourseRegistrations, MeetingRegistrations, Registration } from './registrations.ts'

/** The per-meeting registrations a coordinator may correct, when the board did not show what happened. */
export const CorrectableRegistrations = [
  'agendaWithCitizen',
  'inviteesChosenByCitizen',
  'agreementsAtMeeting',
  'followUpBeforeNextMeeting',
] as const
export type CorrectableRegistration = (typeof CorrectableRegistrations)[number]

/** What a coordinator sends: the field, the value it should have, and why (kept, and shown beside it). */
export const registrationCorrectionSchema = z.strictObject({
  field: z.enum(CorrectableRegistrations),
  value: z.enum(['yes', 'partly', 'no']),
  reason: requiredText(500),
})
export type RegistrationCorrectionInput = z.infer<typeof registrationCorrectionSchema>

export interface RegistrationCorrection extends RegistrationCorrectionInput {
  meetingId: string
  correctedAt: number
  correctedBy: string
}

/** A meeting's registrations with the corrections applied, and what each corrected one was derived as. */
export type CorrectedMeeting = MeetingRegistrations & {
  corrections: Partial<Record<CorrectableRegistration, { derived: Registration; reason: string; at: number }>>
}

/** Applies the newest correction of each meeting's field; the derived value stays visible beside it. */
export function applyCorrections(
  registrations: CourseRegistrations,
  corrections: readonly RegistrationCorrection[],
): CourseRegistrations & { meetings: CorrectedMeeting[] } {
  const newestFirst = [...corrections].sort((a, b) => b.correctedAt - a.correctedAt)
  const meetings = registrations.meetings.map((meeting) => {
    const corrected: CorrectedMeeting = { ...meeting, corrections: {} }
    for (const field of CorrectableRegistrations) {
      const newest = newestFirst.find((c) => c.meetingId === meeting.meetingId && c.field === field)
      if (!newest) continue
      corrected.corrections[field] = {
        derived: meeting[field],
        reason: newest.reason,
        at: newest.correctedAt,
      }
      corrected[field] = newest.value
    }
    return corrected
  })
  return { ...registrations, meetings }
}
