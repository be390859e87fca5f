import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import { axeViolations, seriousOrCritical } from './citizenPage.ts'

// A leader signs in and reads the municipality's figures: charts with tables beside, no names.

let server: ServerProcess
let browser: TestBrowser

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  const coordinator = await server.coordinator()
  for (let n = 1; n <= 6; n++) {
    await coordinator.request('POST', '/api/courses', {
      title: `Forløb ${n}`,
      citizenName: `Borger Nummer${n}`,
    })
  }
  await server.cli('create-team', '--name', 'Team Nord')
  await server.cli('assign-team', '--email', 'test-koordinator@example.dk', '--team', 'Team Nord')
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe("the leader's page", () => {
  it('shows the counts as charts and tables, accessible and printable, and never a name', async () => {
    const { password } = await server.createUser('leder@example.dk', 'Lise Leder', 'leder')
    const page = await browser.newPage('leader')
    await page.goto(`${server.url}/login`)
    await page.getByLabel('E-mail').fill('leder@example.dk')
    await page.getByLabel('Adgangskode').fill(password)
    await page.getByRole('button', { name: 'Log ind' }).click()
    await page.waitForURL(`${server.url}/leder`)
    await page.getByRole('heading', { name: 'Ledelsens tal', level: 1 }).waitFor()

    const phases = page.getByRole('table', { name: 'Forløb efter fase' })
    const total = phases.getByRole('row', { name: /Forløb i alt/ })
    // Six courses, all in Team Nord: the municipality's and the team's counts are shown.
    expect(await total.getByRole('cell').allTextContents()).toEqual(['6', '6'])
    expect(await page.getByRole('img', { name: 'Forløb efter fase' }).count()).toBe(1)
    // Held meetings: none, so the figures from fewer than 5 courses say so instead of a number.
    const meetings = page.getByRole('table', { name: /Netværksmøder \(gennemsnit\)/ })
    expect(
      await meetings
        .getByRole('row', { name: /Møder pr. forløb/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('færre end 5')
    expect(await page.getByRole('link', { name: /Hent tallene som CSV/ }).getAttribute('href')).toBe(
      '/api/leader/overview.csv',
    )
    expect(await page.locator('body').textContent()).not.toMatch(/Borger Nummer|Forløb 1/)

    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await browser.screenshot(page, 'leader-page')
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false)
    await browser.screenshot(page, 'leader-page-print')
    expect(browser.pageErrors).toEqual([])
    expect(browser.offHostRequests).toEqual([])
  })

  it('is refused to a coordinator', async () => {
    const coordinator = await server.coordinator()
    expect((await coordinator.request('GET', '/api/leader/overview')).status).toBe(403)
    expect((await new ApiClient(server.url).request('GET', '/api/leader/overview')).status).toBe(401)
  })
})
