/// <reference types="chrome" />
// Drives the built extension in Chromium: its manifest for the test, its pages' screenshots and focus,
// and the worker's handlers that Chrome calls. The `chrome` calls run inside the extension's service
// worker, through Playwright.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CourseDoc } from '@bordenden/model'
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core'
import { expect } from 'vitest'
import type * as Y from 'yjs'
import type { ApiClient } from '../support/api.ts'
import { CHROMIUM_PATH, chromiumArgs, keepTestClock, STEP_TIMEOUT_MS } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'
import { boardUrl, giveSessionCookie, openBoard, showBoard } from './boardPage.ts'
import { axeViolations, seriousOrCritical } from './citizenPage.ts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const built = path.join(repoRoot, 'extension/build/chrome-mv3-prod')
const artifacts = path.join(import.meta.dirname, 'artifacts')

/**
 * The built extension, copied into `workDir` with the server's origin granted. Chrome asks the person
 * with a dialog of its own when the panel requests the host permission, and no automation can answer it
 * (Playwright #32755), so the test grants that one origin in the manifest: what the person's "Tillad"
 * click would grant. (Such a manifest grant cannot be given back, so sign-out's
 * `chrome.permissions.remove` is refused here.)
 */
function extensionGrantedFor(workDir: string, origin: string): string {
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

/**
 * Chromium with the built extension loaded (granted `origin`), in a profile under `workDir`, the panel's
 * width for its pages; the extension's service worker and id.
 */
export async function launchWithExtension(
  workDir: string,
  origin: string,
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const extension = extensionGrantedFor(workDir, origin)
  const context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 380, height: 820 },
    args: [...chromiumArgs, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  })
  context.setDefaultTimeout(STEP_TIMEOUT_MS)
  await keepTestClock(context)
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  return { context, worker, extensionId: new URL(worker.url()).host }
}

/**
 * The whole page at each width, by default the narrow and the usual side-panel width
 * (`<name>-360.png`, `<name>-380.png`): the viewport grows to the page's height, so no scrollbar
 * narrows it.
 */
export async function screenshot(page: Page, name: string, widths = [360, 380]): Promise<void> {
  mkdirSync(artifacts, { recursive: true })
  const size = page.viewportSize() ?? { width: 380, height: 820 }
  for (const width of widths) {
    await page.setViewportSize({ width, height: size.height })
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    await page.setViewportSize({ width, height: Math.max(size.height, height) })
    await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`) })
  }
  await page.setViewportSize(size)
}

/** axe-core finds nothing serious or critical on the page at the narrow side-panel width, 360 px. */
export async function expectAccessibleAt360(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 380, height: 820 }
  await page.setViewportSize({ width: 360, height: size.height })
  expect(seriousOrCritical(await axeViolations(page))).toEqual([])
  await page.setViewportSize(size)
}

/** What has keyboard focus on the page, as `tag: text`. */
export function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement
    return element ? `${element.tagName.toLowerCase()}: ${element.textContent?.trim()}` : null
  })
}

interface WorkerHooks {
  bordendenCaptureSelection(info: object, tab?: object): Promise<void>
  bordendenWakeUp(): Promise<void>
  sidePanelOpens?: SidePanelOpen[]
}

/**
 * What Chrome does when the context menu item is chosen on selected text in a tab: call the worker's
 * handler with the click's data and that tab (the active one). Answers the tab.
 */
export function captureFromMenu(worker: Worker, selectionText: string): Promise<chrome.tabs.Tab | undefined> {
  return worker.evaluate(async (text) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true })
    const hooks = globalThis as unknown as WorkerHooks
    await hooks.bordendenCaptureSelection({ menuItemId: 'bordenden-capture', selectionText: text }, tab)
    return tab
  }, selectionText)
}

/** What Chrome runs each time it starts the worker again after it was idle. */
export function wakeUpWorker(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as unknown as WorkerHooks).bordendenWakeUp())
}

export interface BadgeAlarm {
  periodInMinutes?: number
  scheduledTime: number
}

export function badgeAlarm(worker: Worker): Promise<BadgeAlarm | undefined> {
  return worker.evaluate(() => chrome.alarms.get('bordenden-badge'))
}

/** The extension's pages open in Chrome's side panel (a test's own panel page is a tab). */
export async function sidePanelUrls(worker: Worker): Promise<string[]> {
  const contexts = await worker.evaluate(() =>
    chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] }),
  )
  return contexts.map((c) => c.documentUrl ?? '')
}

export interface SidePanelOpen {
  options: chrome.sidePanel.OpenOptions
  /** `opened`, or Chrome's reason for refusing. */
  outcome: string
}

/**
 * Notes every `chrome.sidePanel.open` call the worker makes, and how Chrome answered: the real call is
 * made, only watched. Read them with `sidePanelOpens`.
 */
export function watchSidePanelOpens(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    const hooks = globalThis as unknown as WorkerHooks
    const calls: SidePanelOpen[] = []
    const open = chrome.sidePanel.open.bind(chrome.sidePanel)
    chrome.sidePanel.open = (options) => {
      const call = { options, outcome: 'pending' }
      calls.push(call)
      return open(options).then(
        () => {
          call.outcome = 'opened'
        },
        (error: Error) => {
          call.outcome = error.message
          throw error
        },
      )
    }
    hooks.sidePanelOpens = calls
  })
}

export function sidePanelOpens(worker: Worker): Promise<SidePanelOpen[]> {
  return worker.evaluate(() => (globalThis as unknown as WorkerHooks).sidePanelOpens ?? [])
}

/** A demo server, Chromium with the extension, its panel as a page, and the course as another page sees it. */
export interface ExtensionDesk {
  server: ServerProcess
  /** The demo coordinator, signed in with a cookie (the web app's way). */
  api: ApiClient
  courseId: string
  credentials: { email: string; password: string }
  context: BrowserContext
  worker: Worker
  extensionId: string
  panel: Page
  /** The board, as the coordinator has it open in another tab of the same browser (on request). */
  board: Page | null
  /** The course document as another participant's page has it, and its model. */
  doc: Y.Doc
  course(): CourseDoc
  /** What the pages threw; a test ends by expecting none. */
  pageErrors: string[]
  close(): Promise<void>
}

/**
 * Starts a demo server and Chromium with the extension, opens the panel as a page (and the board beside
 * it when asked), and follows the course through a participant link.
 */
export async function openExtensionDesk(options: { board?: boolean } = {}): Promise<ExtensionDesk> {
  const server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  const { api, courseId } = await server.demo()
  const now = Date.now()
  const link = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'participant',
    label: 'another page',
    editFrom: now - 1000,
    editUntil: now + 3_600_000,
  })
  const observer: YjsClient = connectYjsClient({ wsBase: server.wsUrl, courseId, token: link.body.token })
  await observer.synced()

  const workDir = mkdtempSync(path.join(tmpdir(), 'bordenden-extension-'))
  const { context, worker, extensionId } = await launchWithExtension(workDir, new URL(server.url).origin)
  const pageErrors: string[] = []
  const panel = await context.newPage()
  panel.on('pageerror', (error) => pageErrors.push(error.message))
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
  let board: Page | null = null
  if (options.board) {
    board = await context.newPage()
    board.on('pageerror', (error) => pageErrors.push(`board: ${error.message}`))
    await board.setViewportSize({ width: 1280, height: 800 })
    await giveSessionCookie(board, server.url, api.cookie ?? '')
    // Mette works in Danish, whatever this (English) browser says: her account's choice, which the board follows.
    await api.request('PUT', '/api/auth/locale', { locale: 'da' })
    await openBoard(board, boardUrl(server.url, courseId), 'Mette')
    await showBoard(board, 'Mål og aftaler')
    await panel.bringToFront()
  }
  return {
    server,
    api,
    courseId,
    credentials: server.demoLogin(),
    context,
    worker,
    extensionId,
    panel,
    board,
    doc: observer.doc,
    course: () => new CourseDoc(observer.doc),
    pageErrors,
    async close() {
      observer.destroy()
      await context.close()
      await server.stop()
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}

/** Signs the panel in as the demo coordinator, and waits for its tabs. */
export async function signInPanel(desk: ExtensionDesk): Promise<void> {
  const { panel, server, credentials } = desk
  await panel.getByLabel('Bordenden-adresse (kommunens)').fill(server.url)
  await panel.getByLabel('E-mail').fill(credentials.email)
  await panel.getByLabel('Adgangskode').fill(credentials.password)
  await panel.getByRole('button', { name: 'Log ind' }).click()
  await panel.getByRole('tab', { name: 'Mine forløb' }).waitFor()
}

/**
 * How many updates the extension keeps of a course in its IndexedDB (y-indexeddb's `updates` store),
 * read from one of its pages.
 */
export function keptUpdates(page: Page, courseId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const count = request.result.transaction('updates').objectStore('updates').count()
          count.onsuccess = () => {
            request.result.close()
            resolve(count.result)
          }
        }
      }),
    `bordenden-course:${courseId}`,
  )
}
