/// <reference types="chrome" />
// The `chrome` calls below run inside the extension's service worker, through Playwright.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CourseDoc, goToAgendaItem, openMeeting, startDialogue, themesOf } from '@bordenden/model'
import type { BrowserContext, Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'
import { boardUrl, giveSessionCookie, openBoard, showBoard } from './boardPage.ts'
import {
  type BadgeAlarm,
  badgeAlarm,
  captureFromMenu,
  focused,
  launchWithExtension,
  screenshot,
  sidePanelOpens,
  sidePanelUrls,
  wakeUpWorker,
  watchSidePanelOpens,
} from './extensionPage.ts'

let server: ServerProcess
let api: ApiClient
let courseId: string
let recordId: string
let credentials: { email: string; password: string }
let context: BrowserContext
let worker: Worker
let extensionId: string
let panel: Page
let board: Page
let observer: YjsClient
let workDir: string
const pageErrors: string[] = []

const tab = (name: string) => panel.getByRole('tab', { name })

const capture = (selectionText: string) => captureFromMenu(worker, selectionText)

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  credentials = server.demoLogin()
  const meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
  const frozen = await api.request<{ record: { id: string } }>('POST', `/api/records/${courseId}`, {
    meetingId,
  })
  recordId = frozen.body.record.id

  const now = Date.now()
  const link = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'participant',
    label: 'another page',
    editFrom: now - 1000,
    editUntil: now + 3_600_000,
  })
  observer = connectYjsClient({ wsBase: server.wsUrl, courseId, token: link.body.token })
  await observer.synced()

  workDir = mkdtempSync(path.join(tmpdir(), 'bordenden-extension-'))
  ;({ context, worker, extensionId } = await launchWithExtension(workDir, new URL(server.url).origin))
  panel = await context.newPage()
  panel.on('pageerror', (error) => pageErrors.push(error.message))
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
  // The board, as the coordinator has it open in another tab of the same browser.
  board = await context.newPage()
  board.on('pageerror', (error) => pageErrors.push(`board: ${error.message}`))
  await board.setViewportSize({ width: 1280, height: 800 })
  await giveSessionCookie(board, server.url, api.cookie ?? '')
  await openBoard(board, boardUrl(server.url, courseId), 'Mette')
  await showBoard(board, 'Mål og aftaler')
  await panel.bringToFront()
})

afterAll(async () => {
  observer?.destroy()
  await context?.close()
  await server?.stop()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

const course = () => new CourseDoc(observer.doc)

describe('the browser extension', () => {
  it('loads as an MV3 extension with a side panel and a context menu, and no content script', async () => {
    expect(worker.url()).toBe(`chrome-extension://${extensionId}/static/background/index.js`)
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest())
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' })
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*'])
    // The context menu speaks the browser's language: Danish by default, English in an English browser.
    const [language, title] = await worker.evaluate(() => [
      chrome.i18n.getUILanguage(),
      chrome.i18n.getMessage('captureSelection'),
    ])
    expect(manifest.default_locale).toBe('da')
    expect(title).toBe(
      language.startsWith('da') ? 'Tilføj markeret tekst til forløbet' : 'Add selected text to the course',
    )
  })

  it('keeps one badge alarm: a wake-up of the worker does not restart its period', async () => {
    const before = (await waitFor('the badge alarm', () => badgeAlarm(worker))) as BadgeAlarm
    expect(before.periodInMinutes).toBe(15)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await wakeUpWorker(worker)
    expect((await badgeAlarm(worker))?.scheduledTime).toBe(before.scheduledTime)
    expect(await worker.evaluate(() => chrome.alarms.getAll())).toHaveLength(1)
  })

  it('asks for sign-in in either language, and keeps the token in extension storage only', async () => {
    // Signed out, the toolbar button shows the popup.
    expect(await worker.evaluate(() => chrome.action.getPopup({}))).toBe(
      `chrome-extension://${extensionId}/popup.html`,
    )
    // English is one choice away before signing in, and so are the extension's own messages.
    await panel.getByLabel('Sprog').selectOption('en')
    await panel.getByLabel('Bordenden address (the municipality’s)').fill('ftp://bordenden.kommune.dk')
    await panel.getByLabel('Email').fill(credentials.email)
    await panel.getByLabel('Password').fill('forkert-adgangskode')
    await panel.getByRole('button', { name: 'Sign in' }).click()
    await panel.getByRole('alert').filter({ hasText: 'The address must start with https://' }).waitFor()
    await screenshot(panel, 'extension-sign-in-en')
    await panel.getByLabel('Language').selectOption('da')

    // A bare host name is the browser's to accept too (not type=url): the panel assumes https://.
    expect(await panel.getByLabel('Bordenden-adresse (kommunens)').getAttribute('type')).toBe('text')
    await panel.getByLabel('Bordenden-adresse (kommunens)').fill(server.url)
    await panel.getByRole('button', { name: 'Log ind' }).click()
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('Forkert e-mail eller adgangskode')
    await screenshot(panel, 'extension-sign-in')

    await panel.getByLabel('Adgangskode').fill(credentials.password)
    await panel.getByRole('button', { name: 'Log ind' }).click()
    await panel.getByRole('tab', { name: 'Mine forløb' }).waitFor()
    const stored = await worker.evaluate(() => chrome.storage.local.get(null))
    expect(stored.token).toMatch(/^[a-z2-7]{32}$/)
    expect(stored.serverUrl).toBe(server.url)
    expect(await panel.evaluate(() => [document.cookie, localStorage.length])).toEqual(['', 0])
    // Signed in, the toolbar button opens the side panel itself, with no popup in between.
    await expect.poll(() => worker.evaluate(() => chrome.action.getPopup({}))).toBe('')
    expect(await worker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toEqual({
      openPanelOnActionClick: true,
    })
  })

  it('shows my courses with phase, next meeting and counts, and what waits on the badge', async () => {
    const overview = await api.request<{
      courses: { title: string; overdue: number; measurementDue: unknown }[]
    }>('GET', '/api/overview')
    const demo = overview.body.courses[0]!
    const card = panel.getByRole('listitem').filter({ hasText: demo.title })
    await card.waitFor()
    expect(await card.textContent()).toContain(`${demo.overdue} overskredet`)
    expect(await card.textContent()).toMatch(/Næste møde|Møde i gang/)
    await waitFor(
      'the badge',
      // Overdue agreements, plus one for the course whose citizen has a questionnaire due.
      async () =>
        (await worker.evaluate(() => chrome.action.getBadgeText({}))) ===
        String(demo.overdue + (demo.measurementDue ? 1 : 0)),
    )
    await screenshot(panel, 'extension-courses')

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
  })

  it('follows the meeting live and adds an agreement and a parked topic over the websocket', async () => {
    await tab('Mine forløb').click()
    // "Vælg" switches to the meeting tab; focus goes to that tab's heading, not back to the page's start.
    await panel.getByRole('button', { name: 'Vælg' }).first().focus()
    await panel.keyboard.press('Enter')
    await panel.getByRole('heading', { name: 'Dagsorden' }).waitFor()
    expect(await focused(panel)).toBe('h2: Møde')

    await panel.getByLabel('Hvad er aftalt?').fill('Lone ringer til boligselskabet')
    await panel.getByRole('button', { name: 'Tilføj aftale' }).click()
    await waitFor('the new agreement elsewhere', () =>
      course()
        .agreements.list()
        .some((a) => a.what === 'Lone ringer til boligselskabet'),
    )
    await board.locator('.bd-panel .bd-agreement', { hasText: 'Lone ringer til boligselskabet' }).waitFor()
    await panel.getByLabel('Emne', { exact: true }).fill('Kørekort')
    await panel.getByRole('button', { name: 'Parkér emne' }).click()
    await waitFor('the parked topic elsewhere', () =>
      course()
        .parkedTopics.list()
        .some((p) => p.text === 'Kørekort'),
    )
    // And the other way: a goal added elsewhere appears in the panel without reloading.
    observer.doc.transact(() =>
      course().goals.create({ text: 'Jens vil i kolonihaven hver uge', lifeArea: 'wellbeing' }, 'user:test'),
    )
    await panel.getByText('Jens vil i kolonihaven hver uge').waitFor()
    // The meeting starts elsewhere (the board): the panel follows the agenda and whose turn it is.
    observer.doc.transact(() => {
      const planned = course()
        .meetings.list()
        .find((m) => m.status === 'planned')!
      const opened = openMeeting(course(), planned.id, 'user:test')
      const theme = themesOf(course(), planned.id)[0]!
      goToAgendaItem(course(), planned.id, opened.currentItemId, theme.id, 'user:test')
      startDialogue(course(), theme.id, 'user:test')
    })
    await panel.getByText('Har ordet: Jens Madsen').waitFor()
    expect(await panel.locator('[aria-current="step"]').textContent()).toContain('Nu:')
    await screenshot(panel, 'extension-meeting')
  })

  it('copies the journal text with one click and opens the printable record', async () => {
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

  it('adds selected text from the context menu only after the person confirms course and kind', async () => {
    // The handler opens the side panel of the tab's window. Chrome only allows that during the menu
    // click's user gesture, which automation cannot give a worker: the call is seen, and refused.
    await watchSidePanelOpens(worker)
    const selection = 'Borgeren ønsker at tale om sin økonomi'
    const clickedIn = await capture(selection)
    expect(clickedIn?.windowId).toBeGreaterThan(0)
    expect(await sidePanelOpens(worker)).toEqual([
      { options: { windowId: clickedIn?.windowId }, outcome: expect.stringMatching(/^opened$|user gesture/) },
    ])
    const form = panel.getByRole('form', { name: 'Tilføj markeret tekst til forløbet' })
    await form.waitFor()
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe(selection)
    expect(await form.locator('.bd-notice').count()).toBe(0)
    await screenshot(panel, 'extension-capture')
    expect(
      course()
        .parkedTopics.list()
        .some((p) => p.text === selection),
    ).toBe(false)

    await form.getByLabel('Parkeret emne på mødet').check()
    await form.getByRole('button', { name: 'Tilføj' }).focus()
    await panel.keyboard.press('Enter')
    await waitFor('the captured topic elsewhere', () =>
      course()
        .parkedTopics.list()
        .some((p) => p.text === selection),
    )
    await panel.getByRole('status').filter({ hasText: 'Tilføjet' }).waitFor()
    expect(await focused(panel)).toBe('p: Tilføjet')
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({})

    // A theme needs a planned meeting; the course has none now (it is in its meeting): the reason is
    // shown, the text stays, and Annullér drops it without sending anything.
    await capture('Tal om tandlægen')
    await form.getByLabel('Tema til næste møde').check()
    await form.getByRole('button', { name: 'Tilføj' }).click()
    expect(await form.getByRole('alert').textContent()).toContain('intet planlagt møde')
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe('Tal om tandlægen')
    await form.getByRole('button', { name: 'Annullér' }).focus()
    await panel.keyboard.press('Enter')
    await form.waitFor({ state: 'detached' })
    expect(await focused(panel)).toBe('h2: Referat')
    expect(
      course()
        .agendaItems.list()
        .some((item) => item.title === 'Tal om tandlægen'),
    ).toBe(false)
  })

  it('says so in the confirmation form when the selected text is too long for what it becomes', async () => {
    const long = `${'Borgeren fortæller om sin hverdag. '.repeat(67)}Slut`
    expect(long.length).toBe(2349)
    await capture(long)
    const form = panel.getByRole('form', { name: 'Tilføj markeret tekst til forløbet' })
    const text = form.getByLabel('Tekst', { exact: true })
    await form.waitFor()
    expect(await text.inputValue()).toBe(long.slice(0, 500))
    // Found by its place, not its form's name, which changes with the language.
    const notice = panel.locator('.bd-capture .bd-notice')
    expect(await notice.textContent()).toBe(
      'Den markerede tekst var 2.349 tegn. Her er de første 500; ret den gerne til.',
    )
    expect(await text.getAttribute('aria-describedby')).toBe(await notice.getAttribute('id'))
    await form.getByLabel('Tema til næste møde').check()
    expect(await notice.textContent()).toContain(
      'Et tema kan højst være 200 tegn. Tilføjer du nu, kommer kun de første 200 med.',
    )
    await screenshot(panel, 'extension-capture-long')
    await panel.getByLabel('Sprog').selectOption('en')
    await panel.getByRole('form', { name: 'Add selected text to the course' }).waitFor()
    expect(await notice.textContent()).toBe(
      'The selected text was 2,349 characters. Here are the first 500; edit it if you like.' +
        'A theme can be at most 200 characters. If you add it now, only the first 200 go in.',
    )
    await panel.getByLabel('Language').selectOption('da')
    await form.getByRole('button', { name: 'Annullér' }).click()
    await form.waitFor({ state: 'detached' })
  })

  it('shows the popup while signed out, which opens the side panel, and signing out revokes the token', async () => {
    const token = (await worker.evaluate(() => chrome.storage.local.get('token'))).token as string
    await panel.getByRole('button', { name: 'Log ud' }).click()
    await panel.getByRole('button', { name: 'Log ind' }).waitFor()
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(401)
    await expect
      .poll(() => worker.evaluate(() => chrome.action.getPopup({})))
      .toBe(`chrome-extension://${extensionId}/popup.html`)

    const popup = await context.newPage()
    popup.on('pageerror', (error) => pageErrors.push(`popup: ${error.message}`))
    await popup.goto(`chrome-extension://${extensionId}/popup.html`)
    const open = popup.getByRole('button', { name: 'Åbn sidepanelet' })
    await open.waitFor()
    await screenshot(popup, 'extension-popup')
    await popup.getByLabel('Sprog').selectOption('en')
    await popup.getByRole('button', { name: 'Open the side panel' }).waitFor()
    await screenshot(popup, 'extension-popup-en')
    await popup.getByLabel('Language').selectOption('da')
    expect(await sidePanelUrls(worker)).toEqual([])
    await open.click()
    await expect
      .poll(() => sidePanelUrls(worker))
      .toEqual([`chrome-extension://${extensionId}/sidepanel.html`])
    // Its work done, the popup closes itself (it stays open with a message when the panel did not open).
    await expect.poll(() => popup.isClosed()).toBe(true)
    expect(pageErrors).toEqual([])
  })
})
