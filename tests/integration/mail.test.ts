import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { addDays, createAgreement, dateIn, person } from '@bordenden/model'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { freePort } from '../support/process.ts'
import { ServerProcess } from '../support/server.ts'
import { SmtpSink } from '../support/smtp.ts'
import { waitFor } from '../support/wait.ts'

let sink: SmtpSink
let server: ServerProcess
let api: ApiClient
let courseId: string
let meetingId: string
/** The meeting's invitees with the addresses written into their coordinator-only contact details. */
let invitees: { id: string; name: string; email: string }[]
const CITIZEN = 'borger@example.dk'

const settings = (reminders: boolean) =>
  api.request('PUT', `/api/mail/${courseId}`, { reminders, daysBefore: 2, citizenEmail: CITIZEN })
/** A header as sent (mailparser parses List-* headers into objects). */
const header = (m: ParsedMail, key: string) =>
  m.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, '')
const messageIds = () => sink.messages.map((m) => m.messageId)
const pdfText = (bytes: Buffer) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-pdf-'))
  try {
    writeFileSync(path.join(dir, 'r.pdf'), bytes)
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
/** A restart that waits for the day's reminder run, so what it queued is in the outbox. */
const restartAndRemind = async (kill: NodeJS.Signals = 'SIGTERM') => {
  await server.kill(kill)
  const since = server.logs.length
  await server.spawn()
  await server.waitForLog((l) => l.msg === 'reminder run', 30_000, since)
}
const counts = async () =>
  (await api.request<{ waiting: number; givenUp: number }>('GET', `/api/mail/${courseId}`)).body
const waiting = async () => (await counts()).waiting

beforeAll(async () => {
  sink = await SmtpSink.start()
  const port = await freePort()
  server = await ServerProcess.start({
    port,
    env: {
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      BORDENDEN_DEMO: '1',
      SMTP_URL: sink.url,
      MAIL_FROM: 'Bordenden <bordenden@kommune.example>',
      MAIL_RETRY_MS: '200',
    },
  })
  ;({ api, courseId } = await server.demo())
  await settings(false)
  ;({ meetingId, invitees } = await withCourseDoc(server, api, courseId, (course) => {
    const meetingId = latestClosedMeeting(course)
    const invited = course.meetings.get(meetingId)?.invitees ?? []
    const invitees = invited.map((i, n) => {
      const email = `deltager${n}@example.dk`
      const p = course.people.update(i.personId, { contact: { phone: '', email, other: '' } }, 'test')
      return { id: p.id, name: p.name, email }
    })
    return { meetingId, invitees }
  }))
})
afterAll(async () => {
  await server?.stop()
  await sink?.stop()
})

describe('e-mail', () => {
  it('tells the coordinator when the server sends no mail', async () => {
    const bare = await ServerProcess.start()
    try {
      const coordinator = await bare.coordinator()
      const { courseId: id } = await bare.course('uden post')
      const { body } = await coordinator.request<{ configured: boolean }>('GET', `/api/mail/${id}`)
      expect(body.configured).toBe(false)
    } finally {
      await bare.stop()
    }
  })

  it('delivers the approved record to the citizen and the chosen participants as a PDF with a link', async () => {
    const { body: frozen } = await api.request<{ record: { id: string; hash: string } }>(
      'POST',
      `/api/records/${courseId}`,
      { meetingId },
    )
    const record = frozen.record
    await api.request('POST', `/api/records/${courseId}/${record.id}/approve`, {
      hash: record.hash,
      method: 'inPerson',
    })
    const chosen = invitees.slice(0, 2)
    // A third whose address the SMTP server does not know: refused for good, so not tried again.
    const unknown = invitees[2]!
    sink.unknown.add(unknown.email)
    const sent = await api.request<{ mail: { queued: number; withoutAddress: number } }>(
      'POST',
      `/api/records/${courseId}/${record.id}/send`,
      { recipients: ['Jens Madsen', ...chosen.map((i) => i.name), unknown.name] },
    )
    expect(sent.status).toBe(200)
    expect(sent.body.mail).toEqual({ queued: 4, withoutAddress: 0 })
    await waitFor('the three mails', () => sink.messages.length === 3)
    await waitFor('the refused one given up', async () => (await counts()).givenUp === 1)
    expect(await counts()).toMatchObject({ waiting: 0, givenUp: 1 })
    expect(server.logs.some((l) => l.msg === 'mail not sent; will retry')).toBe(false)
    expect(JSON.stringify(server.logs)).not.toContain(unknown.email)
    for (const address of [CITIZEN, ...chosen.map((i) => i.email)]) expect(sink.to(address)).toHaveLength(1)
    const mail = sink.to(chosen[0]!.email)[0]!
    // The body names nobody: not the citizen, not the recipient.
    expect(mail.text).not.toContain('Jens')
    expect(mail.text).not.toContain(chosen[0]!.name)
    expect(mail.from?.text).toContain('bordenden@kommune.example')
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')
    expect(pdf).toBeDefined()
    const text = pdfText(pdf!.content)
    expect(text).toContain('AFTALEREFERAT')
    expect(text).toContain('HVEM GØR HVAD')
    // The link in the mail fetches the same record as PDF, with no other credential.
    const link = /(http:\/\/\S+\/mail\/record\?token=\S+)/.exec(mail.text ?? '')?.[1]
    const fetched = await fetch(link!)
    expect(fetched.status).toBe(200)
    expect(pdfText(Buffer.from(await fetched.arrayBuffer()))).toContain('AFTALEREFERAT')
    const forged = `${link!.slice(0, -1)}${link!.endsWith('a') ? 'b' : 'a'}`
    expect((await fetch(forged)).status).toBe(404)
  })

  it('retries while the SMTP server is down, loses nothing over a kill -9 mid-send, and sends each mail once', async () => {
    await sink.stop()
    const before = sink.messages.length
    await settings(true)
    // The demo's overdue agreement belongs to someone; give its owner an address so a reminder is due.
    await withCourseDoc(server, api, courseId, (course) => {
      const today = dateIn(Date.now())
      createAgreement(
        course,
        { what: 'Ringe til jobcentret', owner: person(invitees[0]!.id), dueDate: addDays(today, 1) },
        'test',
      )
    })
    await restartAndRemind()
    await server.waitForLog((l) => l.msg === 'mail not sent; will retry' && Number(l.attempts) >= 2)
    expect(await waiting()).toBeGreaterThan(0)
    // Then an SMTP server that takes the connection and never answers: the next try hangs, holding its
    // lease, and the process is killed in the middle of it.
    const hung: Socket[] = []
    const silent = createServer((socket) => hung.push(socket))
    await new Promise<void>((resolve) => silent.listen(sink.port, '127.0.0.1', resolve))
    await waitFor('a send under way', () => hung.length > 0)
    await server.kill('SIGKILL')
    for (const socket of hung) socket.destroy()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
    await sink.listen()
    await restartAndRemind('SIGKILL')
    await waitFor('the outbox emptied', async () => (await waiting()) === 0)
    const reminders = sink.messages.slice(before)
    expect(reminders.length).toBeGreaterThan(0)
    expect(sink.to(invitees[0]!.email).some((m) => m.text?.includes('Ringe til jobcentret'))).toBe(true)
    // Another crash and start: the day's reminders are queued again by the run, and none is sent twice.
    await restartAndRemind('SIGKILL')
    await server.waitForLog((l) => l.msg === 'mail sender started', 30_000)
    expect(await waiting()).toBe(0)
    expect(new Set(messageIds()).size).toBe(sink.messages.length)
    const reminder = reminders[0]!
    expect(header(reminder, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  })

  it('unsubscribes a person with one click, and the course switch stops every reminder', async () => {
    const mine = sink.to(invitees[0]!.email).find((m) => header(m, 'list-unsubscribe'))!
    const url = String(header(mine, 'list-unsubscribe')).replace(/^<|>$/g, '')
    const page = await fetch(url)
    expect(await page.text()).toContain('Afmeld påmindelser') // GET only shows the button
    const post = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(post.status).toBe(200)
    const audit = await api.request<{ entries: { action: string; detail: unknown }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    const entry = audit.body.entries.find((e) => e.action === 'mail.unsubscribed')
    expect(JSON.stringify(entry)).not.toContain('@')

    // New agreements due tomorrow: one for the unsubscribed person, one for someone who is not.
    const before = sink.messages.length
    const add = (who: number, what: string) =>
      withCourseDoc(server, api, courseId, (course) =>
        createAgreement(
          course,
          { what, owner: person(invitees[who]!.id), dueDate: addDays(dateIn(Date.now()), 1) },
          'test',
        ),
      )
    await add(0, 'Afmeldt aftale')
    await add(1, 'Slukket aftale')
    await settings(false)
    await restartAndRemind()
    expect(await waiting()).toBe(0)
    expect(sink.messages.length).toBe(before)
    await settings(true)
    await restartAndRemind()
    await waitFor('the outbox emptied', async () => (await waiting()) === 0)
    const after = sink.messages.slice(before)
    expect(after.some((m) => m.text?.includes('Slukket aftale'))).toBe(true)
    expect(after.some((m) => m.text?.includes('Afmeldt aftale'))).toBe(false)
  })
})
