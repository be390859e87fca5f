/// <reference types="chrome" />
// The server address an IT department sets by Chrome policy (README → Drift → "Udvidelsen"): written as
// Chromium's own managed-policy file, read by the real browser, seen through `chrome.storage.managed`.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServerProcess } from '../support/server.ts'
import { launchWithExtension } from './extensionPage.ts'

/** Where Debian's Chromium reads mandatory policies from (Google Chrome: /etc/opt/chrome/policies/managed). */
const policyDir = '/etc/chromium/policies/managed'

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its folder's path, the first 32 hex digits
 * written with the letters a-p. A policy names the extension by this id (a packed one's comes from its key).
 */
function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(folder).digest('hex').slice(0, 32)
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')
}

let server: ServerProcess
let credentials: { email: string; password: string }
let workDir: string
let policyFile: string
let context: BrowserContext
let worker: Worker
let panel: Page

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  await server.demo()
  credentials = server.demoLogin()
  workDir = mkdtempSync(path.join(tmpdir(), 'bordenden-policy-'))
  // The id is this copy's own (its folder is unique), so the policy reaches no other test's extension.
  const extensionId = unpackedExtensionId(path.join(workDir, 'extension'))
  mkdirSync(policyDir, { recursive: true })
  policyFile = path.join(policyDir, `bordenden-test-${extensionId}.json`)
  // What the README's policy example sets, for this extension id: the "3rdparty" managed storage.
  writeFileSync(
    policyFile,
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { serverUrl: server.url } } } }),
  )
  ;({ context, worker } = await launchWithExtension(workDir, new URL(server.url).origin))
  expect(new URL(worker.url()).host).toBe(extensionId)
  panel = await context.newPage()
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`)
})

afterAll(async () => {
  if (policyFile) rmSync(policyFile, { force: true })
  await context?.close()
  await server?.stop()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('the server address set by Chrome policy', () => {
  it('reaches the extension through managed storage', async () => {
    expect(await worker.evaluate(() => chrome.storage.managed.get('serverUrl'))).toEqual({
      serverUrl: server.url,
    })
  })

  it('fills the sign-in form and cannot be changed there', async () => {
    const address = panel.getByLabel('Bordenden-adresse (kommunens)')
    await expect.poll(() => address.inputValue()).toBe(server.url)
    expect(await address.evaluate((input) => (input as HTMLInputElement).readOnly)).toBe(true)
    await expect.poll(() => panel.getByText('Adressen er sat af din IT-afdeling.').isVisible()).toBe(true)
    // Typing into it changes nothing: the policy's address is the one signed in to.
    await address.press('End')
    await address.pressSequentially('x', { delay: 0 })
    expect(await address.inputValue()).toBe(server.url)
  })

  it('signs in to the policy’s server, and keeps that address', async () => {
    await panel.getByLabel('E-mail').fill(credentials.email)
    await panel.getByLabel('Adgangskode').fill(credentials.password)
    await panel.getByRole('button', { name: 'Log ind' }).click()
    await panel.getByRole('tab', { name: 'Mine forløb' }).waitFor()
    const stored = await worker.evaluate(() => chrome.storage.local.get(['serverUrl', 'token']))
    expect(stored.serverUrl).toBe(server.url)
    expect(stored.token).toMatch(/^[a-z2-7]{32}$/)
  })
})
