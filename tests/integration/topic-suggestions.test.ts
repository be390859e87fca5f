import { agendaOf, meetingsByDate } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { PostgresServer } from '../support/postgres.ts'
import { ServerProcess } from '../support/server.ts'

interface Pending {
  suggestions: { id: string; kind: string; text: string }[]
}

let postgres: PostgresServer
beforeAll(async () => {
  postgres = await PostgresServer.start()
}, 60_000)
afterAll(() => postgres?.stop())

// The same behaviour on the embedded SQLite and on PostgreSQL.
for (const backend of ['SQLite', 'PostgreSQL'] as const) {
  describe(`the citizen's topic suggestions (${backend})`, () => {
    let server: ServerProcess
    let api: ApiClient
    let courseId: string
    let citizen: string
    const anonymous = () => new ApiClient(server.url)
    const asCitizen = (method: string, path: string, body?: unknown) =>
      anonymous().request<Record<string, unknown>>(method, `${path}?token=${citizen}`, body)

    beforeAll(async () => {
      const env: Record<string, string> = { BORDENDEN_DEMO: '1' }
      if (backend === 'PostgreSQL') env.DATABASE_URL = await postgres.createDatabase()
      server = await ServerProcess.start({ env })
      ;({ api, courseId } = await server.demo())
      const link = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
        label: 'Jens',
        kind: 'citizen',
      })
      citizen = link.body.token
    })
    afterAll(() => server?.stop())

    it('keeps her suggestions off the board until the coordinator accepts them into the next meeting', async () => {
      const theme = await asCitizen('POST', `/api/suggestions/${courseId}`, {
        kind: 'theme',
        text: 'Min økonomi',
      })
      expect(theme.status).toBe(201)
      const avoid = await asCitizen('POST', `/api/suggestions/${courseId}`, {
        kind: 'notToDiscuss',
        text: 'Min eks-kæreste',
      })
      const declined = await asCitizen('POST', `/api/suggestions/${courseId}`, {
        kind: 'theme',
        text: 'Bilen',
      })
      const pending = await api.request<Pending>('GET', `/api/suggestions/${courseId}`)
      expect(pending.body.suggestions.map((s) => s.text)).toEqual(['Min økonomi', 'Min eks-kæreste', 'Bilen'])
      // Not in the shared document yet.
      const before = await withCourseDoc(server, api, courseId, (course) =>
        JSON.stringify(course.doc.toJSON()),
      )
      expect(before).not.toContain('Min eks-kæreste')

      const accept = (id: unknown) => api.request('POST', `/api/suggestions/${courseId}/${id}/accept`)
      expect((await accept(theme.body.id)).status).toBe(200)
      expect((await accept(avoid.body.id)).status).toBe(200)
      expect(
        (await api.request('POST', `/api/suggestions/${courseId}/${declined.body.id}/decline`)).status,
      ).toBe(200)
      expect((await accept(theme.body.id)).status).toBe(404) // settled once

      const next = await withCourseDoc(server, api, courseId, (course) => {
        const meeting = meetingsByDate(course).find((m) => m.status === 'planned')!
        return { meeting, agenda: agendaOf(course, meeting.id) }
      })
      const item = next.agenda.find((i) => i.title === 'Min økonomi')
      expect(item).toMatchObject({ section: 'themes' })
      // Who wrote it is kept: the item was created by her link.
      expect(item?.createdBy).toMatch(/^link:/)
      expect(next.meeting.frame.topicsNotToDiscuss).toContain('Min eks-kæreste')
      expect(next.agenda.map((i) => i.title)).not.toContain('Bilen')
      expect((await api.request<Pending>('GET', `/api/suggestions/${courseId}`)).body.suggestions).toEqual([])

      const audit = await api.request<{ entries: { action: string }[] }>(
        'GET',
        `/api/courses/${courseId}/audit`,
      )
      const actions = audit.body.entries.map((e) => e.action)
      expect(actions).toEqual(expect.arrayContaining(['topic.suggested', 'topic.accepted', 'topic.declined']))
      expect(JSON.stringify(audit.body)).not.toContain('eks-kæreste')
    })

    it('takes suggestions from the citizen only, checked and bounded', async () => {
      const participant = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
        label: 'Deltager',
        kind: 'participant',
      })
      const fromParticipant = await anonymous().request(
        'POST',
        `/api/suggestions/${courseId}?token=${participant.body.token}`,
        { kind: 'theme', text: 'Noget' },
      )
      expect(fromParticipant.status).toBe(403)
      expect(
        (await asCitizen('POST', `/api/suggestions/${courseId}`, { kind: 'theme', text: '' })).status,
      ).toBe(400)
      expect(
        (await asCitizen('POST', `/api/suggestions/${courseId}`, { kind: 'theme', text: 'x'.repeat(201) }))
          .status,
      ).toBe(400)
      expect(
        (await asCitizen('POST', `/api/suggestions/${courseId}`, { kind: 'publish', text: 'Noget' })).status,
      ).toBe(400)
      // The citizen cannot settle her own suggestions.
      const own = await asCitizen('POST', `/api/suggestions/${courseId}`, { kind: 'theme', text: 'Skolen' })
      expect((await asCitizen('POST', `/api/suggestions/${courseId}/${own.body.id}/accept`)).status).toBe(403)
      let status = 201
      for (let i = 0; status === 201 && i < 40; i++)
        status = (
          await asCitizen('POST', `/api/suggestions/${courseId}`, { kind: 'theme', text: `Emne ${i}` })
        ).status
      expect(status).toBe(429)
      const pending = await asCitizen('GET', `/api/suggestions/${courseId}`)
      expect((pending.body.suggestions as unknown[]).length).toBe(30)
    })
  })
}
