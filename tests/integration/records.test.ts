import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DatabaseSync } from 'node:sqlite'
import type { Refusal } from '@bordenden/contract'
import { type CourseDoc, changeAgreementStatus } from '@bordenden/model'
import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'

interface AgreementJson {
  id: string
  what: string
  owner: string | null
  dueDate: string | null
}
interface RecordJson {
  id: string
  version: number
  status: string
  hash: string
  approvalMethod: string | null
  changes: { kind: string; text: string }[]
  content: {
    course: { citizenName: string }
    meeting: { date: string; attendance: { name: string; present: boolean }[] }
    agreements: AgreementJson[]
    ongoingAgreements: AgreementJson[]
  }
}

const WEBHOOK_SECRET = 'a-webhook-secret-of-some-length'
const webhookCalls: { body: string; signature: string | undefined; timestamp: string | undefined }[] = []
const webhook = createServer((req: IncomingMessage, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    webhookCalls.push({
      body,
      signature: req.headers['x-bordenden-signature'] as string | undefined,
      timestamp: req.headers['x-bordenden-timestamp'] as string | undefined,
    })
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

/** Approves through the citizen's own link, naming the content hash the citizen read. */
const approveAsCitizen = async (recordId: string, body: unknown) => {
  const response = await fetch(
    `${server.url}/api/records/${courseId}/${recordId}/approve?token=${citizenToken}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  )
  return { status: response.status, body: (await response.json()) as { record: RecordJson } & Refusal }
}

/** "4. december", with the year only when it is not the meeting's, as the record writes dates. */
const dayMonth = (iso: string, meetingDate: string) =>
  new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    ...(iso.slice(0, 4) === meetingDate.slice(0, 4) ? {} : { year: 'numeric' }),
  }).format(new Date(`${iso}T12:00:00`))

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

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
    // Nothing records the citizen's attendance, so the record does not claim they were there.
    const citizen = v1.content.course.citizenName
    expect(journal).toContain(`Fremmøde ikke registreret: ${citizen} (borgeren)`)
    expect(journal).not.toMatch(new RegExp(`Til stede: [^\\n]*${citizen}`))
    const present = v1.content.meeting.attendance.filter((a) => a.present).map((a) => a.name)
    expect(present.length).toBeGreaterThan(0)
    expect(journal).toContain(`Til stede: ${present.join(', ')}.`)
    expect(raw.headers.get('content-disposition')).toMatch(/^inline; /)
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

  it('offers the journal text as a file whose name says nothing about the citizen', async () => {
    const file = await fetch(`${server.url}/api/records/${courseId}/${v1.id}/journal.txt?download=1`, {
      headers: { cookie: api.cookie! },
    })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="aftalereferat-${v1.content.meeting.date}-v1.txt"`,
    )
    expect(await file.text()).toMatch(/^AFTALEREFERAT – /)
  })

  it('refreshes a draft in place when the board changes before approval', async () => {
    await editCourse((course) => {
      const agreement = course.agreements.list().find((a) => a.meetingId === meetingId && a.dueDate)!
      course.agreements.update(agreement.id, { what: `${agreement.what} (rettet)` }, 'test')
    })
    const refreshed = (await freeze()).body.record
    expect(refreshed).toMatchObject({ id: v1.id, version: 1, status: 'draft' })
    expect(refreshed.hash).not.toBe(v1.hash)
    const seenBefore = v1.hash
    v1 = refreshed

    // The citizen read the draft before the refresh: approving that content is refused, clearly.
    const stale = await approveAsCitizen(v1.id, { hash: seenBefore })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toEqual({
      code: 'record_changed',
      details: { current: { status: 'draft', version: 1 } },
    })
    expect((await approveAsCitizen(v1.id, {})).status).toBe(400) // the hash is required
    const still = await api.request<{ record: RecordJson }>('GET', `/api/records/${courseId}/${v1.id}`)
    expect(still.body.record).toMatchObject({ status: 'draft', hash: v1.hash })
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
        body: JSON.stringify({ hash: v1.hash }),
      },
    )
    expect(asParticipant.status).toBe(403)
    const approve = await approveAsCitizen(v1.id, { hash: v1.hash })
    expect(approve.status).toBe(200)
    expect(approve.body.record).toMatchObject({ status: 'approved', approvalMethod: 'citizenLink' })

    const again = await api.request<Refusal>('POST', `/api/records/${courseId}/${v1.id}/approve`, {
      hash: v1.hash,
    })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({
      code: 'record_already_approved',
      details: { current: { status: 'approved' } },
    })
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
    const ongoing = v1.content.ongoingAgreements[0]!
    let done: AgreementJson | undefined
    let moved: AgreementJson | undefined
    await editCourse((course) => {
      const mine = course.agreements.list().filter((a) => a.meetingId === meetingId && a.status !== 'done')
      const first = mine[0]!
      const second = mine.find((a) => a !== first && a.dueDate)!
      done = v1.content.agreements.find((a) => a.id === first.id)
      moved = v1.content.agreements.find((a) => a.id === second.id)
      changeAgreementStatus(course, first.id, { to: 'done', note: '' }, 'test')
      course.agreements.update(second.id, { dueDate: addDays(second.dueDate!, 7) }, 'test')
      // An agreement from an earlier meeting is kept since version 1: it is done, not gone.
      changeAgreementStatus(course, ongoing.id, { to: 'done', note: '' }, 'test')
    })
    const v2 = await freeze()
    expect(v2.status).toBe(201)
    expect(v2.body.record).toMatchObject({ version: 2, status: 'draft' })
    expect(v2.body.record.id).not.toBe(v1.id)
    const date = v1.content.meeting.date
    expect(v2.body.record.changes).toHaveLength(3)
    expect(v2.body.record.changes).toEqual(
      expect.arrayContaining([
        { kind: 'completed', what: 'agreement', text: `Aftalen “${done!.what}” er udført` },
        {
          kind: 'changed',
          what: 'agreement',
          text: `Aftalen “${moved!.what}”: dato ændret fra ${dayMonth(moved!.dueDate!, date)} til ${dayMonth(addDays(moved!.dueDate!, 7), date)}`,
        },
        { kind: 'completed', what: 'agreement', text: `Aftalen “${ongoing.what}” er udført` },
      ]),
    )
    const journal = await (
      await fetch(`${server.url}/api/records/${courseId}/${v2.body.record.id}/journal.txt`, {
        headers: { cookie: api.cookie! },
      })
    ).text()
    expect(journal).toContain('AFTALER FRA TIDLIGERE, DER ER AFSLUTTET SIDEN SIDST')
    expect(journal).toContain(`${ongoing.what} – `)
    const v1Now = await api.request<{ record: RecordJson }>('GET', `/api/records/${courseId}/${v1.id}`)
    expect(v1Now.body.record).toMatchObject({ hash: v1.hash, status: 'approved', version: 1 })
  })

  it('is sent only after approval, to the citizen and invitees only, keeps them and signs the webhook', async () => {
    const list = await api.request<{ records: RecordJson[] }>('GET', `/api/records/${courseId}`)
    const draft = list.body.records.find((r) => r.status === 'draft')!
    const invitees = v1.content.meeting.attendance.map((a) => a.name)
    const recipients = [v1.content.course.citizenName, invitees[1]!]
    const send = (id: string, to: string[]) =>
      api.request<{ record: RecordJson & { sentTo: string[] }; webhook: string } & Refusal>(
        'POST',
        `/api/records/${courseId}/${id}/send`,
        { recipients: to },
      )
    expect((await send(draft.id, recipients)).status).toBe(409)
    const strangers = await send(v1.id, [invitees[0]!, 'Lise Holm', 'kontakt@example.org'])
    expect(strangers.status).toBe(400)
    expect(strangers.body.error).toEqual({
      code: 'unknown_recipients',
      details: { unknown: ['Lise Holm', 'kontakt@example.org'] },
    })

    const before = Math.floor(Date.now() / 1000)
    const sent = await send(v1.id, recipients)
    expect(sent.status).toBe(200)
    expect(sent.body.record).toMatchObject({ status: 'sent', sentTo: recipients })
    expect(sent.body.webhook).toBe('delivered')
    expect((await send(v1.id, recipients)).body.error.code).toBe('record_already_sent')
    await waitFor('webhook call', () => webhookCalls.length === 1)
    const call = webhookCalls[0]!
    // The timestamp is signed with the body, so an old call played again is recognised by its age.
    const timestamp = Number(call.timestamp)
    expect(timestamp).toBeGreaterThanOrEqual(before)
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
    const expected = encodeHexLowerCase(
      hmac(
        SHA256,
        new TextEncoder().encode(WEBHOOK_SECRET),
        new TextEncoder().encode(`${call.timestamp}.${call.body}`),
      ),
    )
    expect(call.signature).toBe(`sha256=${expected}`)
    expect(JSON.parse(call.body)).toMatchObject({
      event: 'record.sent',
      record: { id: v1.id, status: 'sent' },
    })
  })

  it('never answers 500 when approving and refreezing race, and approves exactly one content', async () => {
    for (let round = 0; round < 4; round++) {
      await editCourse((course) => {
        const agreement = course.agreements.list().find((a) => a.meetingId === meetingId)!
        course.agreements.update(agreement.id, { what: `${agreement.what}!` }, 'test')
      })
      const draft = (
        await api.request<{ records: RecordJson[] }>('GET', `/api/records/${courseId}`)
      ).body.records
        .filter((r) => r.status === 'draft')
        .sort((a, b) => b.version - a.version)[0]!
      const [approved, frozen] = await Promise.all([
        api.request<{ record: RecordJson }>('POST', `/api/records/${courseId}/${draft.id}/approve`, {
          hash: draft.hash,
          method: 'inPerson',
        }),
        freeze(),
      ])
      expect([200, 409]).toContain(approved.status)
      expect([200, 201]).toContain(frozen.status)
      const now = (await api.request<{ record: RecordJson }>('GET', `/api/records/${courseId}/${draft.id}`))
        .body.record
      // Approved means approved as the approver saw it; otherwise it is the refreshed draft.
      if (approved.status === 200) expect(now).toMatchObject({ status: 'approved', hash: draft.hash })
      else expect(now).toMatchObject({ status: 'draft', hash: frozen.body.record.hash })
    }
  })

  it('lists the citizen as present when they approved the record at the meeting', async () => {
    await editCourse((course) => {
      const agreement = course.agreements.list().find((a) => a.meetingId === meetingId)!
      course.agreements.update(agreement.id, { what: `${agreement.what}?` }, 'test')
    })
    const draft = (await freeze()).body.record
    const approved = await api.request<{ record: RecordJson }>(
      'POST',
      `/api/records/${courseId}/${draft.id}/approve`,
      {
        hash: draft.hash,
      },
    )
    expect(approved.body.record).toMatchObject({ status: 'approved', approvalMethod: 'inMeeting' })
    const journal = await (
      await fetch(`${server.url}/api/records/${courseId}/${draft.id}/journal.txt`, {
        headers: { cookie: api.cookie! },
      })
    ).text()
    expect(journal).toContain(`Til stede: ${draft.content.course.citizenName} (borgeren), `)
    expect(journal).not.toContain('(borgeren) (ikke registreret)')
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
