import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'

let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1', MUNICIPALITY_NAME: 'Testrup Kommune' } })
  ;({ api, courseId } = await server.demo())
  browser = await TestBrowser.launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the printable agreement record', () => {
  it('prints the demo meeting on A4 with every agreement, loading nothing from elsewhere', async () => {
    const meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
    const frozen = await api.request<{ record: { id: string; content: { agreements: { what: string }[] } } }>(
      'POST',
      `/api/records/${courseId}`,
      { meetingId },
    )
    const { record } = frozen.body
    const page = await browser.newPage('record')
    const [name, value] = api.cookie!.split('=') as [string, string]
    await page.context().addCookies([{ name, value, url: server.url }])
    await page.goto(`${server.url}/api/records/${courseId}/${record.id}/print`)
    expect(await page.locator('h1').textContent()).toContain('Aftalereferat')
    for (const agreement of record.content.agreements) {
      expect(await page.getByText(agreement.what, { exact: false }).count()).toBeGreaterThan(0)
    }
    expect(await page.getByRole('img', { name: /Netværkskort/ }).count()).toBe(1)

    await browser.screenshot(page, 'record-print-screen')
    const pdfPath = path.resolve(import.meta.dirname, 'artifacts/record.pdf')
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true })
    const pdf = readFileSync(pdfPath, 'latin1')
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(4)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('button.print').isVisible()).toBe(false) // the button is not printed
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })
})
