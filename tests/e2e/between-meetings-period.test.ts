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
import { boardUrl, giveSessionCookie, openBoard, panel, showBoard } from './boardPage.ts'

// A course between its meetings, on the tests' one clock: the server is started again ten days after
// the last meeting (same data, clock moved on), the owner reports that day through their link, and the
// next meeting's "Opfølgning siden sidst" shows the report. E-mail reminders are not built yet.

const DAY = 86_400_000
const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-period-'))
let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string
let nextMeetingId: string
let reported: Agreement
let mineUrl: string

/** The server on `day` days after the first start, on the same data and port. */
async function serverOnDay(day: number, port?: number) {
  const offset = testClockOffsetMs() + day * DAY
  return ServerProcess.start({
    dataDir,
    port,
    env: { BORDENDEN_DEMO: '1', TEST_CLOCK_OFFSET_MS: String(offset) },
  })
}

beforeAll(async () => {
  server = await serverOnDay(0)
  browser = await TestBrowser.launch()
  ;({ api, courseId } = await server.demo())
  ;[nextMeetingId, reported] = await withCourseDoc(server, api, courseId, (course) => {
    const next = meetingsByDate(course).find((m) => m.status === 'planned')!
    const open = followUpSinceLast(course, next.id).agreements
    return [next.id, open.find((a) => a.owner?.kind === 'person' && a.status !== 'delayed')!]
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
  rmSync(dataDir, { recursive: true, force: true })
})

describe('a course between its meetings', () => {
  it('takes a report made on day 10 into the next meeting’s follow-up item', async () => {
    const port = new URL(server.url).port
    await server.stop()
    server = await serverOnDay(10, Number(port))
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
