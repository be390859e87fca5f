/// <reference types="chrome" />
// The `chrome` calls below run inside the extension's service worker, through Playwright.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CourseDoc, goToAgendaItem, openMeeting, startDialogue, themesOf } from '@bordenden/model'
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { CHROMIUM_PATH, chromiumArgs } from '../support/browser.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const built = path.join(repoRoot, 'extension/build/chrome-mv3-prod')
const artifacts = path.join(import.meta.dirname, 'artifacts')

let server: ServerProcess
let api: ApiClient
let courseId: string
let recordId: string
let credentials: { email: string; password: string }
let context: BrowserContext
let worker: Worker
let extensionId: string
let panel: Page
let observer: YjsClient
let workDir: string
const pageErrors: string[] = []

/**
 * The built extension with the server's origin granted. Chrome asks the person with a dialog of its own
 * when the panel requests the host permission, and no automation can answer it (Playwright #32755), so
 * the test grants that one origin in the manifest: what the person's "Tillad" click would grant.
 */
function extensionGrantedFor(origin: string): string {
  if (!existsSync(path.join(built, 'manifest.json'))) {
    execFileSync('pnpm', ['--filter', '@bordenden/extension', 'build'], { cwd: repoRoot, stdio: 'ignore' })
  }
  const dir = path.join(workDir, 'extension')
  cpSync(built, dir, { recursive: true })
  const manifestPath = path.join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  expect(manifest.host_permissions).toBeUndefined()
  expect(manifest.content_scripts).toBeUndefined()
  expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'sidePanel', 'storage'])
  manifest.host_permissions = [`${origin}/*`]
  writeFileSync(manifestPath, JSON.stringify(manifest))
  return dir
}

/** The whole panel at its real width: the viewport grows to the page's height, so no scrollbar narrows it. */
async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true })
  const size = page.viewportSize() ?? { width: 380, height: 820 }
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) })
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) })
  await page.setViewportSize(size)
}

const tab = (name: string) => panel.getByRole('tab', { name })

/** What Chrome does when the context menu item is chosen on selected text: call the worker's handler. */
const capture = (selectionText: string) =>
  worker.evaluate(
    (text) =>
      (
        globalThis as unknown as { bordendenCaptureSelection(info: object): Promise<void> }
      ).bordendenCaptureSelection({ menuItemId: 'bordenden-capture', selectionText: text }),
    selectionText,
  )

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
  const extension = extensionGrantedFor(new URL(server.url).origin)
  context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 380, height: 820 },
    args: [...chromiumArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  })
  context.setDefaultTimeout(10_000)
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  extensionId = new URL(worker.url()).host
  panel = await context.newPage()
  panel.on('pageerror', (error) => pageErrors.push(error.message))
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
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

  it('signs in with the same account and keeps the token in extension storage only', async () => {
    await panel.getByLabel('Bordenden-adresse (kommunens)').fill(server.url)
    await panel.getByLabel('E-mail').fill(credentials.email)
    await panel.getByLabel('Adgangskode').fill('forkert-adgangskode')
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
  })

  it('shows my courses with phase, next meeting and counts, and the overdue count on the badge', async () => {
    const overview = await api.request<{ courses: { title: string; overdue: number }[] }>(
      'GET',
      '/api/overview',
    )
    const demo = overview.body.courses[0]!
    const card = panel.getByRole('listitem').filter({ hasText: demo.title })
    await card.waitFor()
    expect(await card.textContent()).toContain(`${demo.overdue} overskredet`)
    expect(await card.textContent()).toMatch(/Næste møde|Møde i gang/)
    await waitFor(
      'the badge',
      async () => (await worker.evaluate(() => chrome.action.getBadgeText({}))) === String(demo.overdue),
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
    await panel.getByLabel('Language').selectOption('da')
    await tab('Mine forløb').waitFor()
  })

  it('marks a follow-up done in the panel, and another page sees it live', async () => {
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
    await tab('Opfølgning').click()
    const card = panel.getByRole('listitem').filter({ hasText: agreement.what })

    // A change that needs a note is refused without one, with the reason shown and nothing lost.
    await card.getByText('Skift status med en note').click()
    await card.getByLabel('Ny status').selectOption({ label: 'Ændret' })
    await card.getByRole('button', { name: 'Gem status' }).click()
    await card.getByRole('alert').waitFor()
    expect(course().agreements.get(agreement.id)?.status).toBe(agreement.status)
    await card.getByLabel('Note').fill('Lægen ser på det i stedet for Anne')
    await card.getByRole('button', { name: 'Gem status' }).click()
    await waitFor(
      'the other page to see the change',
      () => course().agreements.get(agreement.id)?.status === 'changed',
    )
    await screenshot(panel, 'extension-follow-ups')

    await card.getByRole('button', { name: 'Markér som udført' }).click()
    await waitFor(
      'the other page to see it done',
      () => course().agreements.get(agreement.id)?.status === 'done',
    )
    expect(course().agreements.get(agreement.id)?.history.at(-2)?.note).toBe(
      'Lægen ser på det i stedet for Anne',
    )
  })

  it('follows the meeting live and adds an agreement and a parked topic over the websocket', async () => {
    await tab('Mine forløb').click()
    await panel.getByRole('button', { name: 'Vælg' }).first().click()
    await panel.getByRole('heading', { name: 'Dagsorden' }).waitFor()

    await panel.getByLabel('Hvad er aftalt?').fill('Lone ringer til boligselskabet')
    await panel.getByRole('button', { name: 'Tilføj aftale' }).click()
    await waitFor('the new agreement elsewhere', () =>
      course()
        .agreements.list()
        .some((a) => a.what === 'Lone ringer til boligselskabet'),
    )
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
    await screenshot(panel, 'extension-record')

    const [print] = await Promise.all([
      context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Åbn udskrift' }).click(),
    ])
    const printErrors: string[] = []
    print.on('console', (message) => message.type() === 'error' && printErrors.push(message.text()))
    await print.waitForLoadState()
    expect(await print.locator('h1').textContent()).toContain('Aftalereferat')
    expect(await print.getByRole('img', { name: /Netværkskort/ }).count()).toBe(1)
    expect(await print.locator('script').count()).toBe(0)
    await screenshot(print, 'extension-record-print')
    expect(printErrors).toEqual([])
    await print.close()
  })

  it('adds selected text from the context menu only after the person confirms course and kind', async () => {
    const selection = 'Borgeren ønsker at tale om sin økonomi'
    await capture(selection)
    const form = panel.getByRole('form', { name: 'Tilføj markeret tekst til forløbet' })
    await form.waitFor()
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe(selection)
    await screenshot(panel, 'extension-capture')
    expect(
      course()
        .parkedTopics.list()
        .some((p) => p.text === selection),
    ).toBe(false)

    await form.getByLabel('Parkeret emne på mødet').check()
    await form.getByRole('button', { name: 'Tilføj' }).click()
    await waitFor('the captured topic elsewhere', () =>
      course()
        .parkedTopics.list()
        .some((p) => p.text === selection),
    )
    await panel.getByRole('status').filter({ hasText: 'Tilføjet' }).waitFor()
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({})

    // A theme needs a planned meeting; the course has none now (it is in its meeting): the reason is
    // shown, the text stays, and Annullér drops it without sending anything.
    await capture('Tal om tandlægen')
    await form.getByLabel('Tema til næste møde').check()
    await form.getByRole('button', { name: 'Tilføj' }).click()
    expect(await form.getByRole('alert').textContent()).toContain('intet planlagt møde')
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe('Tal om tandlægen')
    await form.getByRole('button', { name: 'Annullér' }).click()
    await form.waitFor({ state: 'detached' })
    expect(
      course()
        .agendaItems.list()
        .some((item) => item.title === 'Tal om tandlægen'),
    ).toBe(false)
  })

  it('shows the popup while signed out, and signing out revokes the token on the server', async () => {
    const token = (await worker.evaluate(() => chrome.storage.local.get('token'))).token as string
    await panel.getByRole('button', { name: 'Log ud' }).click()
    await panel.getByRole('button', { name: 'Log ind' }).waitFor()
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(401)
    const popup = await context.newPage()
    await popup.goto(`chrome-extension://${extensionId}/popup.html`)
    await popup.getByRole('button', { name: 'Åbn sidepanelet' }).waitFor()
    await screenshot(popup, 'extension-popup')
    expect(pageErrors).toEqual([])
  })
})
