import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { shiftClock } from '../../server/src/clock.ts'
import { testClockOffsetMs } from './clock.ts'

/** Debian's Chromium (`apt-get install chromium`); Playwright's own downloads are not used. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

const artifactsDir = path.resolve(import.meta.dirname, '../e2e/artifacts')

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Belt and braces: a host name that is not loopback cannot even be resolved, so a test that regresses
  // on self-hosting fails (via `offHostRequests`) without reaching the internet.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

/**
 * Pages in `context` keep the tests' clock (see clock.ts). Pages that fake time themselves
 * (`page.clock.install`) still can: Playwright's clock replaces this one.
 */
export async function keepTestClock(context: BrowserContext): Promise<void> {
  const offset = testClockOffsetMs()
  if (offset) await context.addInitScript(shiftClock, offset)
}

/**
 * How long a step may take before it fails. Everything a board does takes well under a second on a
 * quiet machine; this leaves room for a machine busy with other work, and still fails a broken step
 * long before the test's own timeout.
 */
export const STEP_TIMEOUT_MS = 30_000

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Whether loading `url` leaves this machine. data: and blob: URLs never do. */
export function isOffHost(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:') return false
  return !LOOPBACK_HOSTS.has(hostname)
}

/**
 * One Chromium for a test file. Every page gets a context of its own (separate storage and cookies, like
 * separate people's browsers), and everything pages do that a test must never see is recorded:
 * requests to other hosts, uncaught page errors and console errors.
 */
export class TestBrowser {
  /** Every request or websocket, from any page, whose host is not loopback. Assert it is empty. */
  readonly offHostRequests: string[] = []
  /** Uncaught errors in any page, as `<page name>: <message>`. Assert it is empty. */
  readonly pageErrors: string[] = []
  /**
   * Console errors in any page, as `<page name>: <text> (<url>)`; Content-Security-Policy violations and
   * failed loads land here.
   */
  readonly consoleErrors: string[] = []
  private readonly browser: Browser
  private readonly contexts: BrowserContext[] = []

  private constructor(browser: Browser) {
    this.browser = browser
  }

  static async launch(): Promise<TestBrowser> {
    // headless: false only stops Playwright adding its own `--headless`: the args above pick the mode.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: false,
      args: chromiumArgs,
    })
    return new TestBrowser(browser)
  }

  /** A page in a fresh context; `name` labels its errors and screenshots. */
  async newPage(name: string): Promise<Page> {
    // A Danish browser, as in the municipalities: date fields show dd.mm.åååå, as people will see them.
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' })
    context.setDefaultTimeout(STEP_TIMEOUT_MS)
    await keepTestClock(context)
    this.contexts.push(context)
    const record = (url: string) => {
      if (isOffHost(url)) this.offHostRequests.push(`${name}: ${url}`)
    }
    context.on('request', (request) => record(request.url()))
    const page = await context.newPage()
    page.on('websocket', (socket) => record(socket.url()))
    page.on('pageerror', (error) => this.pageErrors.push(`${name}: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const { url } = message.location()
      this.consoleErrors.push(`${name}: ${message.text()}${url ? ` (${url})` : ''}`)
    })
    return page
  }

  /** Saves a full-page screenshot to tests/e2e/artifacts/<name>.png and returns the path. */
  async screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(artifactsDir, { recursive: true })
    const file = path.join(artifactsDir, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    return file
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close()
    await this.browser.close()
  }
}
