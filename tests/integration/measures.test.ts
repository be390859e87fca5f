import { changePhase } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'

interface Due {
  occasion: string
  since: string
}
interface Measures {
  due: Due | null
  measurements: { occasion: string; who5: number; inspireO: number; answeredAt: number }[]
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let citizenToken: string
let participantToken: string
const anonymous = () => new ApiClient(server.url)
const answers = { who5: [3, 3, 3, 2, 2], inspireO: [2, 2, 2, 2, 1] }

async function link(kind: string): Promise<string> {
  const { body } = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    label: kind,
    kind,
  })
  return body.token
}
const asCitizen = (method: string, body?: unknown) =>
  anonymous().request<Measures & { measurement?: { who5: number; inspireO: number } }>(
    method,
    `/api/measures/${courseId}?token=${citizenToken}`,
    body,
  )

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  citizenToken = await link('citizen')
  participantToken = await link('participant')
})
afterAll(() => server.stop())

describe('outcome measures', () => {
  it('shows the start measurement as due in the follow-up list, the overview and to the citizen', async () => {
    const followUps = await api.request<{ courses: { measurementDue: Due | null }[] }>(
      'GET',
      '/api/follow-ups',
    )
    expect(followUps.body.courses[0]?.measurementDue?.occasion).toBe('start')
    const overview = await api.request<{ courses: { measurementDue: Due | null }[] }>('GET', '/api/overview')
    expect(overview.body.courses[0]?.measurementDue?.occasion).toBe('start')
    const own = await asCitizen('GET')
    expect(own.status).toBe(200)
    expect(own.body.due?.occasion).toBe('start')
    expect(own.body.measurements).toEqual([])
  })

  it('refuses answers off the scale, incomplete or with anything added', async () => {
    for (const body of [
      { ...answers, who5: [6, 3, 3, 2, 2] },
      { ...answers, inspireO: [2, 2, 2, 2] },
      { ...answers, comment: 'har det skidt' },
    ]) {
      expect((await asCitizen('POST', body)).status).toBe(400)
    }
  })

  it('takes answers from the citizen only', async () => {
    expect((await api.request('POST', `/api/measures/${courseId}`, answers)).status).toBe(403)
    const participant = await anonymous().request(
      'POST',
      `/api/measures/${courseId}?token=${participantToken}`,
      answers,
    )
    expect(participant.status).toBe(403)
    expect(
      (await anonymous().request('GET', `/api/measures/${courseId}?token=${participantToken}`)).status,
    ).toBe(403)
  })

  it('scores the citizen’s answers, once per occasion, and shows the trend to her and her coordinator', async () => {
    const saved = await asCitizen('POST', answers)
    expect(saved.status).toBe(201)
    expect(saved.body.measurement).toMatchObject({ who5: 52, inspireO: 45, occasion: 'start' })
    expect((await asCitizen('POST', answers)).status).toBe(409)

    const coordinator = await api.request<Measures>('GET', `/api/measures/${courseId}`)
    expect(coordinator.body.due).toBeNull()
    expect(coordinator.body.measurements.map((m) => [m.occasion, m.who5, m.inspireO])).toEqual([
      ['start', 52, 45],
    ])
    const followUps = await api.request<{ courses: { measurementDue: Due | null }[] }>(
      'GET',
      '/api/follow-ups',
    )
    expect(followUps.body.courses[0]?.measurementDue).toBeNull()
  })

  it('asks for the closing measurement when the course enters the closing phase', async () => {
    await withCourseDoc(server, api, courseId, (course) => changePhase(course, 'closing', 'user:test'))
    expect((await asCitizen('GET')).body.due?.occasion).toBe('closing')
    const saved = await asCitizen('POST', { who5: [4, 4, 3, 3, 3], inspireO: [3, 3, 2, 2, 2] })
    expect(saved.body.measurement).toMatchObject({ who5: 68, inspireO: 60 })
    expect((await asCitizen('GET')).body.measurements.map((m) => m.occasion)).toEqual(['start', 'closing'])
  })

  it('audits every answer and read without the scores', async () => {
    const { body } = await api.request<{ entries: { action: string; detail: Record<string, unknown> }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const saved = body.entries.filter((e) => e.action === 'measurement.saved')
    expect(saved.map((e) => e.detail)).toEqual(
      expect.arrayContaining([{ occasion: 'start' }, { occasion: 'closing' }]),
    )
    expect(JSON.stringify(body.entries)).not.toMatch(/who5|inspire/i)
    expect(body.entries.some((e) => e.action === 'measurement.read')).toBe(true)
  })
})
