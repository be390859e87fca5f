/// <reference types="chrome" />
// The extension at the coordinator's desk: my courses and the badge, the follow-up list beside the web
// home's, and the record. The `chrome` calls run inside the extension's service worker, through Playwright.
import type { BrowserContext, Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import type { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import {
  type ExtensionDesk,
  expectAccessibleAt360,
  focused,
  openExtensionDesk,
  screenshot,
  signInPanel,
} from './extensionPage.ts'

let desk: ExtensionDesk
let server: ServerProcess
let api: ApiClient
let courseId: string
let recordId: string
let context: BrowserContext
let worker: Worker
let panel: Page
let board: Page
let pageErrors: string[]

const tab = (name: string) => panel.getByRole('tab', { name })
const course = () => desk.course()

beforeAll(async () => {
  desk = await openExtensionDesk({ board: true })
  ;({ server, api, courseId, context, worker, panel, pageErrors } = desk)
  board = desk.board as Page
  const meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
  const frozen = await api.request<{ record: { id: string } }>('POST', `/api/records/${courseId}`, {
    meetingId,
  })
  recordId = frozen.body.record.id
  await signInPanel(desk)
})

afterAll(async () => {
  await desk?.close()
})

/** The groups the panel shows, in the web home's order. */
const panelGroups = ['overdue', 'dueSoon', 'followUpsDue', 'awaitingManager']

/**
 * The follow-up tab lists the web home's agreements, item for item: each once, under the first of the
 * panel's groups that holds it on the web home (where it is listed under each of its groups).
 */
async function expectSameFollowUpsAsHome(): Promise<void> {
  const listed = (page: Page) =>
    page
      .locator(`[data-course="${courseId}"] [data-group] [data-agreement]`)
      .evaluateAll((items) =>
        items.map((item) => [
          item.closest('[data-group]')?.getAttribute('data-group'),
          item.getAttribute('data-agreement'),
        ]),
      )
  const home = await context.newPage()
  await home.goto(`${server.url}/`)
  await home.locator(`[data-course="${courseId}"] [data-group]`).first().waitFor()
  const expected: string[] = []
  for (const group of panelGroups) {
    for (const [of, id] of await listed(home)) {
      if (of === group && !expected.some((entry) => entry.endsWith(`:${id}`))) expected.push(`${group}:${id}`)
    }
  }
  await home.close()
  await panel.bringToFront()
  await panel.locator(`[data-course="${courseId}"] [data-agreement]`).first().waitFor()
  const shown = (await listed(panel)).map(([group, id]) => `${group}:${id}`)
  // The demo has agreements in more than one group, so the grouping itself is compared.
  expect(new Set(expected.map((entry) => entry.split(':')[0])).size).toBeGreaterThan(1)
  expect(shown).toEqual(expected)
  expect(await panel.locator('[data-follow-up]').count()).toBeGreaterThan(0)
}

describe('the browser extension at the desk', () => {
  it('shows my courses with phase, next meeting and counts, and what waits on the badge', async () => {
    const overview = await api.request<{
      courses: { title: string; overdue: number; measurementDue: unknown }[]
    }>('GET', '/api/overview')
    const demo = overview.body.courses[0]!
    const card = panel.getByRole('listitem').filter({ hasText: demo.title })
    await card.waitFor()
    expect(await card.textContent()).toContain(`${demo.overdue} over fristen`)
    expect(await card.textContent()).toMatch(/Næste møde|Møde i gang/)
    await waitFor(
      'the badge',
      // Overdue agreements, plus one for the course whose citizen has a questionnaire due.
      async () =>
        (await worker.evaluate(() => chrome.action.getBadgeText({}))) ===
        String(demo.overdue + (demo.measurementDue ? 1 : 0)),
    )
    await screenshot(panel, 'extension-courses')
    await expectAccessibleAt360(panel)

    // Keyboard: the arrow keys move between the tabs; English is one choice away.
    await tab('Mine forløb').focus()
    await panel.keyboard.press('ArrowRight')
    expect(await tab('Opfølgning').getAttribute('aria-selected')).toBe('true')
    await panel.keyboard.press('Home')
    await panel.getByLabel('Sprog').selectOption('en')
    await panel.getByRole('tab', { name: 'My courses' }).waitFor()
    expect(await card.textContent()).toContain(`${demo.overdue} overdue`)
    await screenshot(panel, 'extension-courses-en')
    await panel.getByLabel('Language').selectOption('da')
    await tab('Mine forløb').waitFor()
  })

  it('updates the badge within seconds when an agreement changes elsewhere, without waiting for its alarm', async () => {
    const before = Number(await worker.evaluate(() => chrome.action.getBadgeText({})))
    const { body } = await api.request<{ courses: { overdue: { id: string; status: string }[] }[] }>(
      'GET',
      '/api/follow-ups',
    )
    const overdue = body.courses[0]!.overdue.find((a) => ['agreed', 'inProgress'].includes(a.status))!
    // Reported by someone else (here through the API): the panel plays no part, and the badge's alarm
    // is 15 minutes away, so only the live feed can bring the new count. Done, then taken up again.
    const report = (to: string) =>
      api.request('POST', `/api/agreements/${courseId}/${overdue.id}/status`, { to, note: 'Fra en anden' })
    expect((await report('done')).status).toBe(200)
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(before - 1))
    expect((await report(overdue.status)).status).toBe(200)
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(String(before))
  })

  it('changes a follow-up in the panel, and the board open in another tab shows it live', async () => {
    type Item = { id: string; what: string; status: string }
    const { body } = await api.request<{ courses: Record<'overdue' | 'dueSoon' | 'followUpsDue', Item[]>[] }>(
      'GET',
      '/api/follow-ups',
    )
    const lists = body.courses[0]!
    const open = [...lists.overdue, ...lists.dueSoon, ...lists.followUpsDue].filter(
      (a, i, all) => ['agreed', 'inProgress'].includes(a.status) && all.findIndex((b) => b.id === a.id) === i,
    )
    const agreement = open[0]!
    const onBoard = board.locator(`.bd-panel .bd-agreement[data-agreement-id="${agreement.id}"]`)
    expect(await onBoard.getAttribute('data-status')).toBe(agreement.status)
    await tab('Opfølgning').click()
    await expectSameFollowUpsAsHome()
    await expectAccessibleAt360(panel)
    const card = panel.getByRole('listitem').filter({ hasText: agreement.what })
    const saved = panel.getByRole('status').filter({ hasText: `Gemt: ${agreement.what}` })

    // A change that needs a note is refused without one, with the reason shown and nothing lost.
    await card.getByText('Skift status med en note').click()
    await card.getByLabel('Ny status').selectOption({ label: 'Ændret' })
    await card.getByRole('button', { name: 'Gem status' }).click()
    await card.getByRole('alert').waitFor()
    expect(await onBoard.getAttribute('data-status')).toBe(agreement.status)
    await card.getByLabel('Note').fill('Lægen ser på det i stedet for Anne')
    await card.getByRole('button', { name: 'Gem status' }).click()
    // "Gemt" is said only once the list shows the new status beside it.
    await saved.filter({ hasText: 'Ændret' }).waitFor()
    expect(await card.locator('[data-status]').getAttribute('data-status')).toBe('changed')
    // On the board: in its list beside the canvas and on the agreement's card on the canvas.
    for (const where of ['.bd-panel', '.bd-agreement-card']) {
      await board
        .locator(`${where} .bd-agreement[data-agreement-id="${agreement.id}"][data-status="changed"]`)
        .waitFor()
    }
    expect(await onBoard.locator('.bd-agreement-status').textContent()).toContain('Ændret')
    await screenshot(panel, 'extension-follow-ups')
    await screenshot(board, 'extension-follow-ups-board', [1280])

    // Marked done by keyboard, the agreement leaves the list; focus goes to what says it was saved.
    await card.getByRole('button', { name: 'Markér som udført' }).focus()
    await panel.keyboard.press('Enter')
    await saved.filter({ hasText: 'Udført' }).waitFor()
    await card.waitFor({ state: 'detached' })
    expect(await focused(panel)).toBe(`p: Gemt: ${agreement.what} · Udført`)
    await board
      .locator(`.bd-panel .bd-agreement[data-agreement-id="${agreement.id}"][data-status="done"]`)
      .waitFor()
    expect(course().agreements.get(agreement.id)?.history.at(-2)?.note).toBe(
      'Lægen ser på det i stedet for Anne',
    )

    // One accidental click costs nothing: "Fortryd" (offered for 10 s, a window unit-tested on a hand-moved
    // clock in packages/ui/src/panel/undo.test.tsx) puts back the status it had, with that status's note,
    // as a second change: the status history and the audit log say both.
    const undone = `Fortrudt: ${agreement.what} · Ændret`
    await panel.getByRole('button', { name: 'Fortryd' }).click()
    await panel.getByRole('status').filter({ hasText: undone }).waitFor()
    await card.locator('[data-status="changed"]').waitFor()
    expect(await panel.getByRole('button', { name: 'Fortryd' }).count()).toBe(0)
    expect(await focused(panel)).toBe(`p: ${undone}`)
    await board
      .locator(`.bd-panel .bd-agreement[data-agreement-id="${agreement.id}"][data-status="changed"]`)
      .waitFor()
    const lastChanges = () =>
      course()
        .agreements.get(agreement.id)
        ?.history.slice(-2)
        .map(({ from, to, note }) => ({ from, to, note }))
    await expect.poll(lastChanges).toEqual([
      { from: 'changed', to: 'done', note: '' },
      { from: 'done', to: 'changed', note: 'Lægen ser på det i stedet for Anne' },
    ])
    type Audit = { entries: { action: string; detail: { agreement?: string; to?: string } }[] }
    // The newest three of the agreement's status changes (the log lists the newest first), oldest first.
    const statusesAudited = async () =>
      (await api.request<Audit>('GET', `/api/courses/${courseId}/audit`)).body.entries
        .filter((e) => e.action === 'agreement.status' && e.detail.agreement === agreement.id)
        .slice(0, 3)
        .map((e) => e.detail.to)
        .reverse()
    await expect.poll(statusesAudited).toEqual(['changed', 'done', 'changed'])
  })

  it('copies the journal text with one click and opens the printable record', async () => {
    await tab('Mine forløb').click()
    await panel.getByRole('button', { name: 'Vælg' }).first().click()
    await tab('Referat').click()
    await panel.getByRole('button', { name: 'Kopiér journaltekst' }).click()
    await panel.getByRole('status').filter({ hasText: 'Kopieret' }).waitFor()
    const journal = await fetch(`${server.url}/api/records/${courseId}/${recordId}/journal.txt`, {
      headers: { cookie: api.cookie ?? '' },
    })
    expect(journal.status).toBe(200)
    const text = await journal.text()
    expect(text).toContain('AFTALEREFERAT')
    // The browser's clipboard, read from a page of the server's origin (Playwright cannot grant clipboard
    // permissions to a chrome-extension:// origin).
    await context.grantPermissions(['clipboard-read'], { origin: server.url })
    const reader = await context.newPage()
    await reader.goto(`${server.url}/healthz`)
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(text)
    await reader.close()
    await panel.bringToFront()
    await screenshot(panel, 'extension-record')

    const [print] = await Promise.all([
      context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Åbn udskrift' }).click(),
    ])
    const printErrors: string[] = []
    print.on('console', (message) => message.type() === 'error' && printErrors.push(message.text()))
    await print.waitForLoadState()
    expect(print.url()).toMatch(/^blob:chrome-extension:/)
    expect(await print.locator('h1').textContent()).toContain('Aftalereferat')
    expect(await print.getByRole('img', { name: /Netværkskort/ }).count()).toBe(1)
    expect(await print.locator('script').count()).toBe(0)
    await screenshot(print, 'extension-record-print', [800])
    expect(printErrors).toEqual([])
    // Once the tab has shown it, the panel lets the page's blob go.
    await expect
      .poll(() =>
        panel.evaluate(
          (url) =>
            fetch(url).then(
              () => 'kept',
              () => 'revoked',
            ),
          print.url(),
        ),
      )
      .toBe('revoked')
    await print.close()
    // Back to the panel's tab: a tab in the background is throttled.
    await panel.bringToFront()
  })

  it('shows whether the record is approved and sent, and notes who received it', async () => {
    const { body } = await api.request<{ records: { id: string; hash: string }[] }>(
      'GET',
      `/api/records/${courseId}`,
    )
    const hash = body.records.find((r) => r.id === recordId)?.hash
    const approval = { hash, method: 'inPerson' }
    expect((await api.request('POST', `/api/records/${courseId}/${recordId}/approve`, approval)).status).toBe(
      200,
    )
    // Shown again (the tab reads the records when it opens): approved, not yet sent.
    await tab('Mine forløb').click()
    await tab('Referat').click()
    const card = panel.getByRole('listitem').filter({ hasText: 'Godkendt af borgeren' })
    await card.locator('summary', { hasText: 'Markér som sendt' }).click()
    const citizen = card.getByRole('checkbox', { name: 'Jens Madsen' })
    expect(await citizen.isChecked()).toBe(true)
    await card.getByRole('button', { name: 'Markér som sendt' }).click()
    await card.getByText(/^Sendt .+ til Jens Madsen/).waitFor()
    await panel.getByRole('status').filter({ hasText: 'Markeret som sendt' }).waitFor()
    expect(await card.locator('summary', { hasText: 'Markér som sendt' }).count()).toBe(0)
    const after = await api.request<{ records: { id: string; status: string; sentTo: string[] }[] }>(
      'GET',
      `/api/records/${courseId}`,
    )
    const sent = after.body.records.find((r) => r.id === recordId)
    expect(sent?.status).toBe('sent')
    expect(sent?.sentTo[0]).toBe('Jens Madsen')
    await screenshot(panel, 'extension-record-sent')
    await expectAccessibleAt360(panel)
  })

  it('threw nothing on any page', () => {
    expect(pageErrors).toEqual([])
  })
})
