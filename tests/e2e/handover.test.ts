import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import { giveSessionCookie } from './boardPage.ts'

// The owner hands the demo course to a colleague on the course page; both read who has it now.

let server: ServerProcess
let browser: TestBrowser

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  browser = await TestBrowser.launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('handing a course over', () => {
  it('makes the colleague the owner from the course page and tells both of them', async () => {
    const { api, courseId } = await server.demo()
    const { password } = await server.createUser('kollega@example.dk', 'Karen Kollega')
    const colleague = new ApiClient(server.url)
    await colleague.login('kollega@example.dk', password)

    const page = await browser.newPage('handover-owner')
    await giveSessionCookie(page, server.url, api.cookie!)
    await page.goto(`${server.url}/?course=${courseId}`)
    const section = page.getByRole('region', { name: 'Overdragelse' })
    await section.getByLabel('Den nye koordinators e-mail').fill('kollega@example.dk')
    await section.getByRole('button', { name: 'Overdrag forløbet' }).click()
    await section
      .getByRole('status')
      .filter({ hasText: /overdrog forløbet til Karen Kollega/ })
      .waitFor()
    // No longer the owner: the form is gone.
    await section.getByRole('button', { name: 'Overdrag forløbet' }).waitFor({ state: 'detached' })

    const theirs = await colleague.request<{ courses: { courseId: string; role: string }[] }>(
      'GET',
      '/api/courses',
    )
    expect(theirs.body.courses.find((c) => c.courseId === courseId)?.role).toBe('owner')
    const told = await browser.newPage('handover-colleague')
    await giveSessionCookie(told, server.url, colleague.cookie!)
    await told.goto(`${server.url}/?course=${courseId}`)
    const notice = told.getByRole('region', { name: 'Overdragelse' }).getByRole('status')
    await notice.filter({ hasText: /overdrog forløbet til Karen Kollega/ }).waitFor()
    await told.getByRole('button', { name: 'Overdrag forløbet' }).waitFor()
  })
})
