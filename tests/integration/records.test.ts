import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DatabaseSync } from 'node:sqlite'
import { type CourseDoc, changeAgreementStatus } from '@bordenden/model'
import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'

interface RecordJson {
  id: string
  version: number
  status: string
  hash: string
  approvalMethod: string | null
  changes: { kind: string; text: string }[]
  content: { agreements: { id: string; what: string; owner: string | null; dueDate: string | null }[] }
}

const WEBHOOK_SECRET = 'a-webhook-secret-of-some-length'
const webhookCalls: { body: string; signature: string | undefined }[] = []
const webhook = createServer((req: IncomingMessage, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    webhookCalls.push({ body, signature: req.headers['x-bordenden-signature'] as string | undefined })
    res.end('ok')
  })
})

let server: ServerProcess
let api: ApiClient
let courseId: string
let meetingId: string
let citizenToken: string

const editCourse = (change: (course: CourseDoc) => void) => withCourseDoc(server, api, courseId, change)

const freeze = () => api.request<{ record: RecordJson }>('POST', `/api/records/${courseId}`, { meetingId })

beforeAll(async () => {
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve))
  const hook = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`
  server = await ServerProcess.start({
    env: { BORDENDEN_DEMO: '1', MUNICIPALITY_NAME: 'Testrup Kommune', WEBHOOK_URL: hook, WEBHOOK_SECRET },
  })
  ;({ api, courseId } = await server.demo())
  meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
  const citizen = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'citizen',
    label: 'Jens',
  })
  citizenToken = citizen.body.token
})
afterAll(async () => {
  await server.stop()
  webhook.close()
})

describe('the agreement record', () => {
  let v1: RecordJson

  it('freezes a draft with every agreement of the meeting, and a stable hash', async () => {
    const first = await freeze()
    expect(first.status).toBe(201)
    v1 = first.body.record
    expect(v1).toMatchObject({ version: 1, status: 'draft', approvalMethod: null })
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(v1.content.agreements.length).toBeGreaterThan(0)
    const again = await freeze()
    expect(again.status).toBe(200)
    expect(again.body.record.hash).toBe(v1.hash)
  })

  it('keeps the hash across a restart', async () => {
    await server.restart()
    const read = await api.request<{ record: RecordJson }>('GET', `/api/records/${courseId}/${v1.id}`)
    expect(read.body.record.hash).toBe(v1.hash)
    expect((await freeze()).body.record.hash).toBe(v1.hash)
  })

  it('renders journal text and a printable page with every agreement, owner and due date', async () => {
    const raw = await fetch(`${server.url}/api/records/${courseId}/${v1.id}/journal.txt`, {
      headers: { cookie: api.cookie! },
    })
    const journal = await raw.text()
    expect(raw.headers.get('content-type')).toMatch(/text\/plain/)
    expect(journal).toMatch(/^AFTALEREFERAT – /)
    expect(journal).toContain('HVEM GØR HVAD – OG HVORNÅR')
    expect(journal).toContain('Testrup Kommune')
    expect(journal).toContain('UDKAST – endnu ikke godkendt af borgeren.')
    const html = await (
      await fetch(`${server.url}/api/records/${courseId}/${v1.id}/print`, {
        headers: { cookie: api.cookie! },
      })
    ).text()
    for (const agreement of v1.content.agreements) {
      expect(journal).toContain(agreement.what)
      expect(html).toContain(agreement.what.replace(/&/g, '&amp;'))
      if (agreement.owner) expect(journal).toContain(`${agreement.owner}: ${agreement.what}`)
      if (agreement.dueDate) {
        const words = new Intl.DateTimeFormat('da-DK', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }).format(new Date(`${agreement.dueDate}T12:00:00`))
        expect(journal).toContain(`senest ${words}`)
        expect(html).toContain(words)
      } else {
        expect(journal).toContain('[dato mangler]')
      }
    }
    expect(html).toContain('<svg')
    expect(html).toContain('@page { size: A4')
  })

  it('refreshes a draft in place when the board changes before approval', async () => {
    await editCourse((course) => {
      const agreement = course.agreements.list().find((a) => a.meetingId === meetingId && a.dueDate)!
      course.agreements.update(agreement.id, { what: `${agreement.what} (rettet)` }, 'test')
    })
    const refreshed = (await freeze()).body.record
    expect(refreshed).toMatchObject({ id: v1.id, version: 1, status: 'draft' })
    expect(refreshed.hash).not.toBe(v1.hash)
    v1 = refreshed
  })

  it('is approved by the citizen through their link, and is then immutable through every route', async () => {
    const participant = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: 'p',
    })
    const asParticipant = await fetch(
      `${server.url}/api/records/${courseId}/${v1.id}/approve?token=${participant.body.token}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    )
    expect(asParticipant.status).toBe(403)
    const approve = await fetch(
      `${server.url}/api/records/${courseId}/${v1.id}/approve?token=${citizenToken}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    )
    expect(approve.status).toBe(200)
    expect(((await approve.json()) as { record: RecordJson }).record).toMatchObject({
      status: 'approved',
      approvalMethod: 'citizenLink',
    })

    expect((await api.request('POST', `/api/records/${courseId}/${v1.id}/approve`, {})).status).toBe(409)
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect(
        (await api.request(method, `/api/records/${courseId}/${v1.id}`, { status: 'draft' })).status,
      ).toBe(404)
    }
    // Even the database refuses: the trigger guards approved rows against any writer.
    const db = new DatabaseSync(`${server.dataDir}/bordenden.sqlite`)
    expect(() => db.prepare("UPDATE records SET content = '{}' WHERE id = ?").run(v1.id)).toThrow(
      /approved record cannot be changed/,
    )
    expect(() => db.prepare('DELETE FROM records WHERE id = ?').run(v1.id)).toThrow(/cannot be deleted/)
    db.close()
    const after = await api.request<{ record: RecordJson }>('GET', `/api/records/${courseId}/${v1.id}`)
    expect(after.body.record.hash).toBe(v1.hash)
  })

  it('makes version 2 for a change after approval, and says what changed in plain words', async () => {
    let changedWhat = ''
    await editCourse((course) => {
      const agreement = course.agreements
        .list()
        .find((a) => a.meetingId === meetingId && a.status !== 'done')!
      changedWhat = agreement.what
      changeAgreementStatus(course, agreement.id, { to: 'done', note: '' }, 'test')
    })
    const v2 = await freeze()
    expect(v2.status).toBe(201)
    expect(v2.body.record).toMatchObject({ version: 2, status: 'draft' })
    expect(v2.body.record.id).not.toBe(v1.id)
    expect(v2.body.record.changes).toContainEqual({
      kind: 'changed',
      what: 'agreement',
      text: `Aftalen “${changedWhat}”: ændret status`,
    })
    const v1Now = await api.request<{ record: RecordJson }>('GET', `/api/records/${courseId}/${v1.id}`)
    expect(v1Now.body.record).toMatchObject({ hash: v1.hash, status: 'approved', version: 1 })
  })

  it('is sent only after approval, keeps the recipients and signs the webhook', async () => {
    const list = await api.request<{ records: RecordJson[] }>('GET', `/api/records/${courseId}`)
    const draft = list.body.records.find((r) => r.status === 'draft')!
    expect(
      (await api.request('POST', `/api/records/${courseId}/${draft.id}/send`, { recipients: ['Lise'] }))
        .status,
    ).toBe(409)
    const sent = await api.request<{ record: RecordJson & { sentTo: string[] }; webhook: string }>(
      'POST',
      `/api/records/${courseId}/${v1.id}/send`,
      { recipients: ['Lise Holm', 'Karin Madsen'] },
    )
    expect(sent.status).toBe(200)
    expect(sent.body.record).toMatchObject({ status: 'sent', sentTo: ['Lise Holm', 'Karin Madsen'] })
    expect(sent.body.webhook).toBe('delivered')
    await waitFor('webhook call', () => webhookCalls.length === 1)
    const call = webhookCalls[0]!
    const expected = encodeHexLowerCase(
      hmac(SHA256, new TextEncoder().encode(WEBHOOK_SECRET), new TextEncoder().encode(call.body)),
    )
    expect(call.signature).toBe(`sha256=${expected}`)
    expect(JSON.parse(call.body)).toMatchObject({
      event: 'record.sent',
      record: { id: v1.id, status: 'sent' },
    })
  })

  it('audits freezing, reading, approving and sending', async () => {
    const audit = await api.request<{ entries: { action: string }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const actions = new Set(audit.body.entries.map((e) => e.action))
    for (const action of ['record.frozen', 'record.viewed', 'record.approved', 'record.sent'])
      expect(actions).toContain(action)
  })
})
