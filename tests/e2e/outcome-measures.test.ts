import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { giveSessionCookie } from './boardPage.ts'
import { artifact, type CitizenDemo, citizenUrl, openCitizenPage, startCitizenDemo } from './citizenPage.ts'

// The citizen answers WHO-5 and Brief INSPIRE-O on her phone; she and her coordinator see the trend.

let demo: CitizenDemo | undefined

beforeAll(async () => {
  demo = await startCitizenDemo()
})
afterAll(async () => {
  await demo?.stop()
})

describe('outcome measures', () => {
  it('shows the coordinator’s follow-up list that the start measurement is missing', async () => {
    const { server, browser, api } = demo!
    const page = await browser.newPage('measures-home')
    await giveSessionCookie(page, server.url, api.cookie!)
    await page.goto(`${server.url}/`)
    await page.locator('[data-measurement-due="start"]', { hasText: 'Startmålingen mangler' }).waitFor()
  })

  it('lets the citizen answer the due questionnaires on a phone, in large print, and shows her trend', async () => {
    const { server, browser, courseId, token } = demo!
    const page = await browser.newPage('measures-phone')
    await page.setViewportSize({ width: 360, height: 740 })
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    const section = page.getByRole('region', { name: 'Sådan har du det' })
    await section.getByText('Vi vil gerne høre, hvordan du har det nu, hvor forløbet starter.').waitFor()
    const send = section.getByRole('button', { name: 'Send mine svar' })
    expect(await send.isDisabled()).toBe(true)

    const fontSizes = await section
      .locator('.instrument-option')
      .evaluateAll((labels) => labels.map((l) => Number.parseFloat(getComputedStyle(l).fontSize)))
    expect(fontSizes.length).toBe(5 * 6 + 5 * 5)
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(18)
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    // WHO-5 raw 13 (×4 = 52), Brief INSPIRE-O 2,2,2,2,1 on 0-4 (sum 9 × 5 = 45).
    const more = 'Lidt mere end halvdelen af tiden'
    const less = 'Lidt mindre end halvdelen af tiden'
    const items = section.locator('.instrument-item')
    for (const [index, label] of [more, more, more, less, less].entries()) {
      await items.nth(index).getByLabel(label, { exact: true }).check()
    }
    for (const [index, label] of ['3', '3', '3', '3', '2'].entries()) {
      await items
        .nth(5 + index)
        .getByLabel(label, { exact: true })
        .check()
    }
    await page.screenshot({ path: artifact('measures-phone.png'), fullPage: true })
    await send.click()
    await section.getByText('Tak for dine svar.').waitFor()
    await section.getByRole('img', { name: 'Dine svar over tid' }).waitFor()
    expect(await section.locator('.questionnaire').count()).toBe(0)
    const row = section.locator('.outcome-table tbody tr')
    expect(await row.locator('td').allTextContents()).toEqual(['52', '45'])
  })

  it('shows the coordinator the same trend on the course page', async () => {
    const { server, browser, api, courseId } = demo!
    const page = await browser.newPage('measures-course')
    await giveSessionCookie(page, server.url, api.cookie!)
    await page.goto(`${server.url}/?course=${courseId}`)
    const section = page.getByRole('region', { name: 'Trivsel og recovery' })
    await section.locator('.outcome-table tbody tr').waitFor()
    expect(await section.locator('.outcome-table tbody td').allTextContents()).toEqual(['52', '45'])
    expect(await section.locator('.questionnaire').count()).toBe(0)
    await section.screenshot({ path: artifact('measures-course.png') })
  })
})
