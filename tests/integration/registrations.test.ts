import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { ServerProcess } from '../support/server.ts'

interface Registrations {
  registrations: {
    meetingsHeld: number
    meetings: {
      meetingId: string
      agendaWithCitizen: string | null
      corrections: Record<string, { derived: string | null; reason: string }>
    }[]
  }
}

let server: ServerProcess
let api: ApiClient
let courseId: string

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
})
afterAll(() => server.stop())

describe('registrations', () => {
  it('derives the demo course’s registrations per held meeting for its coordinator only', async () => {
    const { status, body } = await api.request<Registrations>('GET', `/api/registrations/${courseId}`)
    expect(status).toBe(200)
    expect(body.registrations.meetingsHeld).toBeGreaterThan(0)
    expect(body.registrations.meetings.length).toBe(body.registrations.meetingsHeld)
    const { body: link } = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'citizen',
      label: 'Borgeren',
    })
    const citizen = await new ApiClient(server.url).request(
      'GET',
      `/api/registrations/${courseId}?token=${link.token}`,
    )
    expect(citizen.status).toBe(403)
  })

  it('lets the coordinator correct a registration with a reason, keeping what was derived, audited', async () => {
    const before = (await api.request<Registrations>('GET', `/api/registrations/${courseId}`)).body
    const meeting = before.registrations.meetings[0]!
    const path = `/api/registrations/${courseId}/${meeting.meetingId}`
    const corrected = {
      field: 'agendaWithCitizen',
      value: 'partly',
      reason: 'Skrevet på papir sammen med borgeren',
    }
    expect((await api.request('POST', path, { ...corrected, reason: '' })).status).toBe(400)
    expect((await api.request('POST', path, { ...corrected, field: 'participants' })).status).toBe(400)

    const { status, body } = await api.request<Registrations>('POST', path, corrected)
    expect(status).toBe(200)
    const after = body.registrations.meetings.find((m) => m.meetingId === meeting.meetingId)!
    expect(after.agendaWithCitizen).toBe('partly')
    expect(after.corrections.agendaWithCitizen).toMatchObject({
      derived: meeting.agendaWithCitizen,
      reason: corrected.reason,
    })

    const audit = await api.request<{ entries: { action: string; detail: Record<string, unknown> }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const entry = audit.body.entries.find((e) => e.action === 'registration.corrected')
    expect(entry?.detail).toEqual({ meeting: meeting.meetingId, field: 'agendaWithCitizen', value: 'partly' })
  })
})
