import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Refusal } from '@bordenden/contract'
import type { ChecklistProgress, Closure, TimelineEvent } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient } from '../support/yjs-client.ts'

interface Lifecycle {
  meetingId: string | null
  phase: string
  phaseBeforePause: string | null
  closure: Closure | null
  checklists: ChecklistProgress[]
  timeline: TimelineEvent[]
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let citizenToken: string
let participantToken: string
const anonymous = () => new ApiClient(server.url)
const lifecycle = async (client = api, query = '') =>
  (await client.request<Lifecycle>('GET', `/api/lifecycle/${courseId}${query}`)).body

async function link(kind: string): Promise<string> {
  const now = Date.now()
  const result = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    label: 'test',
    kind,
    ...(kind === 'participant' ? { editFrom: now - 1000, editUntil: now + 3_600_000 } : {}),
  })
  return result.body.token
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  citizenToken = await link('citizen')
  participantToken = await link('participant')
})
afterAll(() => server.stop())

describe('course lifecycle', () => {
  it("shows the handbook's checklists, the phase and a timeline to the coordinator and the citizen only", async () => {
    const course = await lifecycle()
    expect(course.checklists.map((c) => c.section.id)).toEqual([
      'phase-0',
      'phase-1',
      'phase-2-prepare',
      'phase-2-hold',
      'phase-2-follow-up',
      'phase-3',
    ])
    expect(course.checklists[5]!.items[2]!.text.da).toBe(
      'Er borgeren tryg ved at afslutte forløbet og tryg ved det nye, der skal ske?',
    )
    expect(course.timeline.map((e) => e.kind)).toContain('courseCreated')
    const times = course.timeline.map((e) => e.at)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(course.timeline.filter((e) => e.kind === 'meeting').length).toBeGreaterThan(1)
    expect((await lifecycle(anonymous(), `?token=${citizenToken}`)).phase).toBe(course.phase)
    const participant = await anonymous().request(
      'GET',
      `/api/lifecycle/${courseId}?token=${participantToken}`,
    )
    expect(participant.status).toBe(403)
    expect((await anonymous().request('GET', `/api/lifecycle/${courseId}`)).status).toBe(401)
  })

  it('pauses and resumes the course; the open board sees the phase at once; only the coordinator may', async () => {
    const before = (await lifecycle()).phase
    const viewer = connectYjsClient({ wsBase: server.wsUrl, courseId, token: citizenToken })
    await viewer.synced()
    const paused = await api.request('POST', `/api/lifecycle/${courseId}/phase`, {
      to: 'paused',
      note: 'Indlagt',
    })
    expect(paused.status).toBe(200)
    await waitFor(
      'the citizen’s board shows the pause',
      () => viewer.doc.getMap('meta').get('phase') === 'paused',
    )
    viewer.destroy()
    const course = await lifecycle()
    expect(course).toMatchObject({ phase: 'paused', phaseBeforePause: before })
    expect(course.timeline.findLast((e) => e.kind === 'phaseChanged')).toMatchObject({
      kind: 'phaseChanged',
      from: before,
      to: 'paused',
      note: 'Indlagt',
    })

    const again = await api.request<Refusal>('POST', `/api/lifecycle/${courseId}/phase`, {
      to: 'paused',
    })
    expect(again.status).toBe(400)
    expect(again.body.error.details?.reason).toMatch(/already in phase paused/)
    expect((await api.request('POST', `/api/lifecycle/${courseId}/phase`, { to: 'finished' })).status).toBe(
      400,
    )
    for (const token of [citizenToken, participantToken]) {
      const refused = await anonymous().request('POST', `/api/lifecycle/${courseId}/phase?token=${token}`, {
        to: before,
      })
      expect(refused.status).toBe(403)
    }
    expect((await api.request('POST', `/api/lifecycle/${courseId}/phase`, { to: before })).status).toBe(200)
    expect((await lifecycle()).phase).toBe(before)
  })

  it('ticks checklist items off and refuses an item the template does not have', async () => {
    expect(
      (await api.request('PUT', `/api/lifecycle/${courseId}/checklist/purpose`, { checked: true })).status,
    ).toBe(200)
    const phase1 = (await lifecycle()).checklists[1]!
    expect(phase1.done).toBe(1)
    expect(phase1.items[0]!.tick).toMatchObject({ checked: true, by: expect.stringMatching(/^user:/) })
    expect(
      (await api.request('PUT', `/api/lifecycle/${courseId}/checklist/nope`, { checked: true })).status,
    ).toBe(400)
    expect(
      (await api.request('PUT', `/api/lifecycle/${courseId}/checklist/purpose`, { checked: 'ja' })).status,
    ).toBe(400)
    expect((await lifecycle()).checklists.reduce((n, c) => n + c.done, 0)).toBe(1)
    const citizen = await anonymous().request(
      'PUT',
      `/api/lifecycle/${courseId}/checklist/purpose?token=${citizenToken}`,
      { checked: false },
    )
    expect(citizen.status).toBe(403)
  })

  it('ticks the phase 2 checklists per meeting, for the meeting in focus unless another is asked for', async () => {
    const { meetingId } = (await api.request<{ meetingId: string }>('GET', `/api/lifecycle/${courseId}`)).body
    expect(meetingId).toBeTruthy()
    const url = `/api/lifecycle/${courseId}/checklist/all-heard`
    const unnamed = await api.request<Refusal>('PUT', url, { checked: true })
    expect(unnamed.status).toBe(400)
    expect(unnamed.body.error.details?.reason).toMatch(/per meeting/)
    expect((await api.request('PUT', url, { checked: true, meetingId: 'no-such-meeting' })).status).toBe(400)
    expect((await api.request('PUT', url, { checked: true, meetingId })).status).toBe(200)
    const hold = (course: Lifecycle) => course.checklists.find((c) => c.section.id === 'phase-2-hold')!
    expect(hold(await lifecycle())).toMatchObject({ meetingId, done: 1 })
    expect(hold(await lifecycle(api, '?meeting=another-meeting'))).toMatchObject({ done: 0 })
  })

  it('closes the course with continuing services and a named lifeline, then reopens it with a reason', async () => {
    const noLifeline = await api.request<Refusal>('POST', `/api/lifecycle/${courseId}/close`, {
      services: [{ what: 'Hjemmepleje' }],
    })
    expect(noLifeline.status).toBe(400)
    expect(noLifeline.body.error.details?.issues).toContainEqual(
      expect.objectContaining({ path: 'lifeline' }),
    )
    expect((await lifecycle()).closure).toBeNull()

    const closing = {
      services: [{ what: 'Hjemmepleje morgen og aften', provider: 'Hjemmeplejen' }, { what: 'Egen læge' }],
      lifeline: { name: 'Lone (søster)', contact: '20 30 40 50' },
      note: 'Jens klarer resten selv',
    }
    expect((await api.request('POST', `/api/lifecycle/${courseId}/close`, closing)).status).toBe(200)
    const closed = await lifecycle()
    expect(closed.phase).toBe('closing')
    expect(closed.closure).toMatchObject({
      lifeline: { name: 'Lone (søster)' },
      services: [{ provider: 'Hjemmeplejen' }, {}],
    })
    expect(closed.timeline.find((e) => e.kind === 'courseClosed')).toMatchObject({ to: 'closing' })
    expect((await api.request('POST', `/api/lifecycle/${courseId}/close`, closing)).status).toBe(400)
    const moved = await api.request<Refusal>('POST', `/api/lifecycle/${courseId}/phase`, {
      to: 'startup',
    })
    expect(moved.body.error.details?.reason).toMatch(/reopen it first/)

    expect(
      (await api.request('POST', `/api/lifecycle/${courseId}/reopen`, { to: 'networkMeetings' })).status,
    ).toBe(400)
    const reopened = await api.request('POST', `/api/lifecycle/${courseId}/reopen`, {
      to: 'networkMeetings',
      note: 'Ny krise',
    })
    expect(reopened.status).toBe(200)
    expect(await lifecycle()).toMatchObject({ phase: 'networkMeetings', closure: null })
  })

  it('audits every move without its content', async () => {
    const { body } = await api.request<{ entries: { action: string; detail: object }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const actions = body.entries.map((e) => e.action)
    for (const action of ['course.phase', 'course.checklist', 'course.closed', 'course.reopened'])
      expect(actions).toContain(action)
    expect(JSON.stringify(body)).not.toMatch(/Lone|Indlagt|Ny krise|Hjemmepleje/)
  })
})

describe("a municipality's own checklists", () => {
  it('replace the handbook’s when DATA_DIR holds a valid checklists.json', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-checklists-'))
    const own = [
      {
        id: 'own',
        phase: 'startup',
        title: { da: 'Vores opstart' },
        items: [{ id: 'coffee', text: { da: 'Har vi drukket kaffe?' } }],
      },
    ]
    writeFileSync(path.join(dataDir, 'checklists.json'), JSON.stringify(own))
    const other = await ServerProcess.start({ dataDir, env: { BORDENDEN_DEMO: '1' } })
    try {
      const demo = await other.demo()
      const { body } = await demo.api.request<Lifecycle>('GET', `/api/lifecycle/${demo.courseId}`)
      expect(body.checklists.map((c) => c.section.title.da)).toEqual(['Vores opstart'])
      expect(
        (
          await demo.api.request('PUT', `/api/lifecycle/${demo.courseId}/checklist/purpose`, {
            checked: true,
          })
        ).status,
      ).toBe(400)
      expect(
        (await demo.api.request('PUT', `/api/lifecycle/${demo.courseId}/checklist/coffee`, { checked: true }))
          .status,
      ).toBe(200)
    } finally {
      await other.stop()
    }
  })

  it('stop the server at start with the reason when the file is not valid', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-checklists-'))
    writeFileSync(
      path.join(dataDir, 'checklists.json'),
      JSON.stringify([{ id: 'x', phase: 'startup', title: { da: 'X' }, items: [] }]),
    )
    await expect(ServerProcess.start({ dataDir })).rejects.toThrow(
      /checklists\.json is not a valid checklist template.*at least one item/s,
    )
  })
})
