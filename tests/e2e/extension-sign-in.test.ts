/// <reference types="chrome" />
// The extension from signing in to signing out: its manifest and worker, the sign-in form in both
// languages, and the popup shown while signed out. The `chrome` calls run inside the extension's service
// worker, through Playwright.
import type { BrowserContext, Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import {
  type BadgeAlarm,
  badgeAlarm,
  type ExtensionDesk,
  expectAccessibleAt360,
  openExtensionDesk,
  screenshot,
  sidePanelUrls,
  wakeUpWorker,
} from './extensionPage.ts'

let desk: ExtensionDesk
let server: ServerProcess
let credentials: { email: string; password: string }
let context: BrowserContext
let worker: Worker
let extensionId: string
let panel: Page
let pageErrors: string[]

beforeAll(async () => {
  desk = await openExtensionDesk()
  ;({ server, credentials, context, worker, extensionId, panel, pageErrors } = desk)
})

afterAll(async () => {
  await desk?.close()
})

describe('the browser extension, signing in and out', () => {
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

  it('keeps one badge alarm (a wake-up of the worker does not restart its period) and one for the next day', async () => {
    const before = (await waitFor('the badge alarm', () => badgeAlarm(worker))) as BadgeAlarm
    expect(before.periodInMinutes).toBe(15)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await wakeUpWorker(worker)
    expect((await badgeAlarm(worker))?.scheduledTime).toBe(before.scheduledTime)
    // Besides it, one for the day's change (agreements become overdue then): just after the next midnight.
    const day = await worker.evaluate(async () => {
      const alarm = await chrome.alarms.get('bordenden-day')
      if (!alarm) return null
      const at = new Date(alarm.scheduledTime)
      return { time: [at.getHours(), at.getMinutes()], within: alarm.scheduledTime - Date.now() }
    })
    expect(day?.time).toEqual([0, 1])
    expect(day?.within).toBeGreaterThan(0)
    expect(day?.within).toBeLessThanOrEqual(24 * 3_600_000 + 60_000)
    expect(await worker.evaluate(() => chrome.alarms.getAll())).toHaveLength(2)
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
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en')
    await panel.getByLabel('Language').selectOption('da')

    // A bare host name is the browser's to accept too (not type=url): the panel assumes https://.
    expect(await panel.getByLabel('Bordenden-adresse (kommunens)').getAttribute('type')).toBe('text')
    await panel.getByLabel('Bordenden-adresse (kommunens)').fill(server.url)
    await panel.getByRole('button', { name: 'Log ind' }).click()
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('Forkert e-mail eller adgangskode')
    await screenshot(panel, 'extension-sign-in')
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('da')
    await expectAccessibleAt360(panel)

    await panel.getByLabel('Adgangskode').fill(credentials.password)
    await panel.getByRole('button', { name: 'Log ind' }).click()
    await panel.getByRole('tab', { name: 'Mine forløb' }).waitFor()
    const stored = await worker.evaluate(() => chrome.storage.local.get(null))
    expect(stored.token).toMatch(/^[a-z2-7]{32}$/)
    expect(stored.serverUrl).toBe(server.url)
    expect(await panel.evaluate(() => [document.cookie, localStorage.length])).toEqual(['', 0])
    // Signed in, the language is the person's: chosen here, it is the account's, which the web app follows.
    const accountLocale = async () => {
      const me = await fetch(`${server.url}/api/auth/me`, {
        headers: { authorization: `Bearer ${stored.token}` },
      })
      return ((await me.json()) as { user: { locale: string | null } }).user.locale
    }
    await panel.getByLabel('Sprog').selectOption('en')
    await panel.getByRole('tab', { name: 'My courses' }).waitFor()
    await expect.poll(accountLocale).toBe('en')
    await panel.getByLabel('Language').selectOption('da')
    await panel.getByRole('tab', { name: 'Mine forløb' }).waitFor()
    await expect.poll(accountLocale).toBe('da')
    // Signed in, the toolbar button opens the side panel itself, with no popup in between.
    await expect.poll(() => worker.evaluate(() => chrome.action.getPopup({}))).toBe('')
    expect(await worker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toEqual({
      openPanelOnActionClick: true,
    })
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
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('da')
    await expectAccessibleAt360(popup)
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
