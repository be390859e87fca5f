import { describe, expect, it } from 'vitest'
import {
  applyCorrections,
  type RegistrationCorrection,
  registrationCorrectionSchema,
} from './registration-corrections.ts'
import type { CourseRegistrations } from './registrations.ts'

const derived: CourseRegistrations = {
  meetings: [
    {
      meetingId: 'm1',
      date: '2025-06-10',
      agendaWithCitizen: 'no',
      inviteesChosenByCitizen: 'yes',
      agreementsAtMeeting: 'no',
      followUpBeforeNextMeeting: null,
      participants: 4,
    },
  ],
  meetingsHeld: 1,
  participantsPerMeeting: 4,
  lengthDays: 40,
  closed: false,
}

const correction = (over: Partial<RegistrationCorrection>): RegistrationCorrection => ({
  meetingId: 'm1',
  field: 'agendaWithCitizen',
  value: 'yes',
  reason: 'Dagsordenen blev skrevet på papir med borgeren',
  correctedAt: 1000,
  correctedBy: 'user:u1',
  ...over,
})

describe('applyCorrections', () => {
  it('replaces a derived registration by the newest correction and keeps what was derived', () => {
    const result = applyCorrections(derived, [
      correction({ value: 'partly', correctedAt: 1000 }),
      correction({ value: 'yes', correctedAt: 2000, reason: 'Rettet igen' }),
    ])
    expect(result.meetings[0]?.agendaWithCitizen).toBe('yes')
    expect(result.meetings[0]?.corrections.agendaWithCitizen).toEqual({
      derived: 'no',
      reason: 'Rettet igen',
      at: 2000,
    })
  })

  it('leaves other fields and other meetings as derived', () => {
    const result = applyCorrections(derived, [correction({ meetingId: 'other' })])
    expect(result.meetings[0]?.agendaWithCitizen).toBe('no')
    expect(result.meetings[0]?.corrections).toEqual({})
  })

  it('needs a reason and a known field', () => {
    expect(
      registrationCorrectionSchema.safeParse({ field: 'agendaWithCitizen', value: 'yes', reason: ' ' })
        .success,
    ).toBe(false)
    expect(
      registrationCorrectionSchema.safeParse({ field: 'participants', value: 'yes', reason: 'x' }).success,
    ).toBe(false)
  })
})
