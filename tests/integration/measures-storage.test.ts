import type { Storage } from '@bordenden/server'
import { describe, expect, it } from 'vitest'
import { storageBackends } from '../support/storage-backends.ts'

/** The outcome-measure and correction tables in both databases: what goes in comes back, guarded. */
const { sqlite, postgresql } = storageBackends()

type OutcomeMeasurement = Parameters<Storage['measures']['addMeasurement']>[0]

const measurement = (id: string, answeredAt: number, over: Partial<OutcomeMeasurement> = {}) => ({
  id,
  courseId: 'c1',
  occasion: 'start' as const,
  answers: { who5: [1, 1, 1, 1, 1], inspireO: [2, 2, 2, 2, 2] },
  who5: 20,
  inspireO: 50,
  answeredAt,
  recordedBy: 'link:abc',
  ...over,
})

describe.each([sqlite, postgresql])('$name: outcome measurements', (backend) => {
  it('returns a course’s measurements oldest first, and no other course’s', async () => {
    const { storage } = await backend.fresh()
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
    await storage.createCourse({ id: 'c2', title: 'Andet', createdAt: 1 })
    await storage.measures.addMeasurement(measurement('m2', 2000, { occasion: 'followUp', who5: 40 }))
    await storage.measures.addMeasurement(measurement('m1', 1000))
    await storage.measures.addMeasurement(measurement('m3', 1500, { courseId: 'c2' }))
    const mine = await storage.measures.measurementsOf('c1')
    expect(mine.map((m) => [m.id, m.occasion, m.who5])).toEqual([
      ['m1', 'start', 20],
      ['m2', 'followUp', 40],
    ])
    expect(mine[0]).toEqual(measurement('m1', 1000))
  })

  it('refuses a score outside 0-100 and rows of a course that does not exist', async () => {
    const { storage } = await backend.fresh()
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
    await expect(storage.measures.addMeasurement(measurement('m1', 1, { who5: 104 }))).rejects.toThrow()
    await expect(
      storage.measures.addMeasurement(measurement('m2', 1, { courseId: 'nope' })),
    ).rejects.toThrow()
  })

  it('keeps every registration correction, oldest first', async () => {
    const { storage } = await backend.fresh()
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
    const correction = {
      meetingId: 'meeting1',
      field: 'agendaWithCitizen' as const,
      value: 'yes' as const,
      reason: 'På papir',
      correctedAt: 2,
      correctedBy: 'user:u1',
    }
    await storage.registrationCorrections.addCorrection('c1', { ...correction, value: 'no', correctedAt: 3 })
    await storage.registrationCorrections.addCorrection('c1', correction)
    expect(await storage.registrationCorrections.correctionsOf('c1')).toEqual([
      correction,
      { ...correction, value: 'no', correctedAt: 3 },
    ])
    await expect(
      storage.registrationCorrections.addCorrection('c1', { ...correction, field: 'participants' as never }),
    ).rejects.toThrow()
  })

  it('deletes a course’s measurements and corrections with the course', async () => {
    const { storage, sql } = await backend.fresh()
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
    await storage.measures.addMeasurement(measurement('m1', 1))
    await storage.registrationCorrections.addCorrection('c1', {
      meetingId: 'meeting1',
      field: 'agreementsAtMeeting',
      value: 'no',
      reason: 'Skrevet bagefter',
      correctedAt: 1,
      correctedBy: 'user:u1',
    })
    await sql("DELETE FROM courses WHERE id = 'c1'")
    expect(await storage.measures.measurementsOf('c1')).toEqual([])
    expect(await storage.registrationCorrections.correctionsOf('c1')).toEqual([])
  })
})
