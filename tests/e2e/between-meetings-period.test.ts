import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Agreement, addDays, dateIn, followUpSinceLast, meetingsByDate } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shiftClock } from '../../server/src/clock.ts'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { testClockOffsetMs } from '../support/clock.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { SmtpSink } from '../support/smtp.ts'
import { waitFor } from '../support/wait.ts'
import { boardUrl, giveSessionCookie, openBoard, panel, showBoard } from './boardPage.ts'

// A course between its meetings, on the tests' one clock: the server is started again each day for ten
// days after the last meeting (same data, clock moved on a day each time) and sends that day's e-mail
// reminders to a real SMTP server; on day 10 the owner reports through their link, and the next meeting's
// "Opfølgning siden sidst" shows the report.

const DAY = 86_400_000
const OWNER_EMAIL = 'ejer@example.dk'
/** The reported agreement is due this many days after the first day. */
const DUE_IN_DAYS = 5
const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-period-'))
let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string
let nextMeetingId: string
let reported: Agreement
let mineUrl: string
let sink: SmtpSink

/** The server on `day` days after the first start, on the same data and port. */
async function serverOnDay(day: number, port?: number) {
  const offset = testClockOffsetMs() + day * DAY
  return ServerProcess.start({
    dataDir,
    port,
    env: {
      BORDENDEN_DEMO: '1',
      TEST_CLOCK_OFFSET_MS: String(offset),
      SMTP_URL: sink.url,
      MAIL_FROM: 'bordenden@kommune.example',
      MAIL_RETRY_MS: '200',
    },
  })
}

beforeAll(async () => {
  sink = await SmtpSink.start()
  server = await serverOnDay(0)
  browser = await TestBrowser.launch()
  ;({ api, courseId } = await server.demo())
  ;[nextMeetingId, reported] = await withCourseDoc(server, api, courseId, (course) => {
    const next = meetingsByDate(course).find((m) => m.status === 'planned')!
    const open = followUpSinceLast(course, next.id).agreements
    const chosen = open.find((a) => a.owner?.kind === 'person' && a.status !== 'delayed')!
    // Its owner has an e-mail address (kept in the coordinator-only document), and it is due in five days.
    if (chosen.owner?.kind === 'person')
      course.people.update(
        chosen.owner.personId,
        { contact: { phone: '', email: OWNER_EMAIL, other: '' } },
        'test',
      )
    const due = course.agreements.update(
      chosen.id,
      { dueDate: addDays(dateIn(Date.now()), DUE_IN_DAYS) },
      'test',
    )
    return [next.id, due]
  })
  const personId = reported.owner?.kind === 'person' ? reported.owner.personId : ''
  // The invitation for the last meeting: its edit window is long over by day 10.
  const created = await api.request<{ mineUrl: string }>('POST', `/api/courses/${courseId}/links`, {
    label: 'Mødelink',
    kind: 'participant',
    personId,
    editFrom: Date.now() - DAY,
    editUntil: Date.now() - DAY + 3_600_000,
  })
  mineUrl = created.body.mineUrl
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await sink?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Waits until the server has sent everything it queued (nothing waiting in the course's outbox). */
const outboxEmpty = () =>
  waitFor('the day’s mails sent', async () => {
    const { body } = await api.request<{ waiting: number }>('GET', `/api/mail/${courseId}`)
    return body.waiting === 0
  })

describe('a course between its meetings', () => {
  it('reminds the owner by e-mail before the agreement is due and the day after it passed, day by day', async () => {
    await outboxEmpty()
    const port = Number(new URL(server.url).port)
    // Per day: the reminders about the reported agreement that reached its owner.
    const arrived: string[][] = []
    for (let day = 1; day <= 10; day++) {
      const before = sink.messages.length
      await server.stop()
      server = await serverOnDay(day, port)
      await server.waitForLog((line) => line.msg === 'reminder run')
      await outboxEmpty()
      arrived[day] = sink.messages
        .slice(before)
        .filter((m) => m.to && 'text' in m.to && m.to.text === OWNER_EMAIL && m.text?.includes(reported.what))
        .map((m) => (m.subject?.includes('passeret') ? 'overdue' : 'dueSoon'))
    }
    const expected: string[][] = []
    for (let day = 1; day <= 10; day++) expected[day] = []
    // Two days before the date (the course's default lead time), once; and once the day after it passed.
    expected[DUE_IN_DAYS - 2] = ['dueSoon']
    expected[DUE_IN_DAYS + 1] = ['overdue']
    expect(arrived).toEqual(expected)
  })

  it('takes a report made on day 10 into the next meeting’s follow-up item', async () => {
    const day10 = testClockOffsetMs() + 10 * DAY
    const owner = await browser.newPage('period-owner-day-10')
    await owner.context().addInitScript(shiftClock, day10)
    await owner.goto(mineUrl)
    // The page and the server agree that it is day 10.
    const pageNow = await owner.evaluate(() => Date.now())
    expect(Math.round((pageNow - Date.now()) / DAY)).toBe(10)
    const form = owner.getByRole('form', { name: `Fortæl om: ${reported.what}` })
    await form.getByLabel('Ny status').selectOption({ label: 'Forsinket' })
    await form.getByLabel(/Kort besked/).fill('Sagsbehandleren er syg, ny tid om en uge')
    await form.getByRole('button', { name: 'Send' }).click()
    await owner
      .locator(`.my-agreements li[data-agreement-id="${reported.id}"][data-status="delayed"]`)
      .waitFor()
    // The history has the report at day 10 on the server's clock.
    const at = await withCourseDoc(
      server,
      api,
      courseId,
      (c) => c.agreements.get(reported.id)?.history.at(-1)?.at,
    )
    expect(dateIn(at ?? 0)).toBe(addDays(dateIn(Date.now()), 10))

    const coordinator = await browser.newPage('period-coordinator-day-10')
    await coordinator.context().addInitScript(shiftClock, day10)
    await giveSessionCookie(coordinator, server.url, api.cookie!)
    await openBoard(coordinator, boardUrl(server.url, courseId), 'Koordinator')
    await showBoard(coordinator, 'Dagsorden')
    const item = panel(coordinator).locator('.bd-agenda-items li', { hasText: 'Opfølgning siden sidst' })
    const line = item.locator(`li[data-agreement-id="${reported.id}"]`)
    await line.getByText('Sagsbehandleren er syg, ny tid om en uge').waitFor()
    expect(await line.getAttribute('data-status')).toBe('delayed')
    expect(await line.textContent()).toContain('Forsinket')
    const expected = await withCourseDoc(server, api, courseId, (c) => followUpSinceLast(c, nextMeetingId))
    expect(await item.locator('li[data-agreement-id]').count()).toBe(expected.agreements.length)
    for (const topic of expected.parkedTopics) await item.getByText(topic.text).waitFor()
    await browser.screenshot(coordinator, 'period-follow-up-item')
    expect(browser.pageErrors).toEqual([])
  })
})
