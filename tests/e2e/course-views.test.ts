import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'

/**
 * The course views of @bordenden/ui in Chromium against a real server: a small page (course-harness/)
 * is built with Vite and served by the server in place of the board app, so it is same-origin with the
 * API like the board will be.
 */

let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string
let meetingId: string
let page: Page

beforeAll(async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bordenden-harness-'))
  await build({
    root: path.join(import.meta.dirname, 'course-harness'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  })
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1', BOARD_DIST: outDir } })
  ;({ api, courseId } = await server.demo())
  meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
  browser = await TestBrowser.launch()
  page = await browser.newPage('course-views')
  const [name, value] = api.cookie!.split('=') as [string, string]
  await page.context().addCookies([{ name, value, url: server.url }])
  await page.goto(`${server.url}/?course=${courseId}&meeting=${meetingId}`)
  await page.getByRole('heading', { name: 'Forløbet', exact: true }).waitFor()
}, 90_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const lifecycle = async () =>
  (
    await api.request<{
      checklists: { items: { id: string; tick: { checked: boolean } | null }[] }[]
      closure: unknown
    }>('GET', `/api/lifecycle/${courseId}`)
  ).body

describe('the course views', () => {
  it('shows the phases with the current one marked and ticks a checklist item off with the keyboard', async () => {
    const current = page.locator('li[aria-current="step"]')
    expect(await current.textContent()).toMatch(/^Fase 2: Tværfaglige netværksmøder/)
    const item = page.getByRole('checkbox', {
      name: 'Har koordinatoren inviteret deltagerne og forberedt dem på opgaven?',
    })
    await item.focus()
    await page.keyboard.press('Space')
    await waitFor('the tick to reach the server', async () =>
      (await lifecycle()).checklists.some((c) =>
        c.items.some((i) => i.id === 'participants-prepared' && i.tick?.checked),
      ),
    )
    await waitFor('the page to show it', () => item.isChecked())
    expect(await page.getByText('1 af 4 klaret').count()).toBeGreaterThan(0)
  })

  it('shows the timeline with the meetings', async () => {
    const timeline = page.getByRole('region', { name: 'Forløbet indtil nu' })
    expect(await timeline.getByRole('listitem').count()).toBeGreaterThan(2)
    expect(await timeline.getByText('Netværksmøde', { exact: false }).count()).toBeGreaterThan(0)
  })

  it('lets the citizen answer the follow-up guide and the four scales with the keyboard alone', async () => {
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: /Hvordan var mødet for dig/ }),
    })
    await form.getByRole('button', { name: 'Gem' }).press('Enter')
    await form.getByRole('alert').waitFor()
    expect(await form.getByRole('alert').textContent()).toContain('Talte vi om det, du gerne ville tale om?')

    await form.getByRole('radio', { name: 'Ja' }).first().focus()
    // Five questions: yes, partly (one arrow on), yes, no (two arrows on), yes.
    for (const arrows of [0, 1, 0, 2, 0]) {
      for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowRight')
      if (arrows === 0) await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
    }
    // Four scales from 1: relation 8, goals and topics 7, approach 6, overall 9.
    for (const score of [8, 7, 6, 9]) {
      await page.keyboard.press('Space')
      for (let i = 1; i < score; i++) await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Tab')
    }
    await page.keyboard.type('Godt at Lone var med')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await form.getByRole('status').filter({ hasText: 'Gemt.' }).waitFor()
    const saved = await api.request<{ feedback: unknown }>('GET', `/api/feedback/${courseId}/${meetingId}`)
    expect(saved.body.feedback).toMatchObject({
      guide: {
        talkedAboutWhatIWanted: 'yes',
        wasHeard: 'partly',
        goalsAndAgreementsAreMine: 'yes',
        rightPeopleWereThere: 'no',
        haveTheOverview: 'yes',
        comment: 'Godt at Lone var med',
      },
      evaluation: { relation: 8, goalsAndTopics: 7, approach: 6, overall: 9 },
    })
  })

  it('updates the follow-up list on the page when an owner reports through their link', async () => {
    const agreement = await withCourseDoc(server, api, courseId, (course) =>
      course.agreements.list().find((a) => a.owner?.kind === 'person' && a.status === 'agreed'),
    )
    const owner = agreement?.owner?.kind === 'person' ? agreement.owner.personId : ''
    await page.getByText('Opdateres af sig selv').waitFor()
    const changed = page.locator(`[data-group="changedSinceSeen"] [data-agreement="${agreement!.id}"]`)
    const seen = page.getByRole('button', { name: 'Jeg har set ændringerne' })
    await seen.click()
    await waitFor('the list to be marked seen', async () => (await changed.count()) === 0)

    const now = Date.now()
    const link = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: 'ejer',
      personId: owner,
      editFrom: now - 1000,
      editUntil: now + 3_600_000,
    })
    const reported = await new ApiClient(server.url).request(
      'POST',
      `/api/agreements/${courseId}/${agreement!.id}/status?token=${link.body.token}`,
      { to: 'done', note: 'Klaret' },
    )
    expect(reported.status).toBe(200)
    await changed.waitFor({ timeout: 3000 })
    expect(await changed.getAttribute('data-status')).toBe('done')
    await browser.screenshot(page, 'course-views')
  })

  it('closes the course only with a named lifeline, saying so in plain words', async () => {
    const form = page.getByRole('form', { name: 'Afslut forløbet' })
    await form.getByRole('button', { name: 'Afslut forløbet' }).click()
    await form.getByText('Skriv navnet på borgerens livline.').waitFor()
    expect((await lifecycle()).closure).toBeNull()
    await form.getByLabel('Hvad').fill('Hjemmepleje morgen og aften')
    await form.getByLabel('Hvem giver den').fill('Hjemmeplejen')
    await form.getByLabel('Navn på livlinen').fill('Lone (søster)')
    await browser.screenshot(page, 'course-views-before-closing')
    console.log(
      await form.count(),
      await page.getByRole('button').allTextContents(),
      await page.locator('form').count(),
    )
    await form.getByRole('button', { name: 'Afslut forløbet' }).click()
    await waitFor('the course to be closed', async () => (await lifecycle()).closure !== null)
    expect((await lifecycle()).closure).toMatchObject({
      services: [{ what: 'Hjemmepleje morgen og aften', provider: 'Hjemmeplejen' }],
      lifeline: { name: 'Lone (søster)' },
    })
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })
})
