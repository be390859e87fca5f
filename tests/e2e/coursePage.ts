import type { Page } from 'playwright-core'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { giveSessionCookie } from './boardPage.ts'

/** A server of its own with the demo course, its latest held meeting, and a browser page signed in as its coordinator. */
export interface DemoCourse {
  server: ServerProcess
  browser: TestBrowser
  api: ApiClient
  courseId: string
  meetingId: string
  page: Page
  close(): Promise<void>
}

/** `name` labels the page's errors and screenshots; `env` is added to the server's. */
export async function openDemoCourse(name: string, env: Record<string, string> = {}): Promise<DemoCourse> {
  const server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1', ...env } })
  const { api, courseId } = await server.demo()
  const meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
  const browser = await TestBrowser.launch()
  const page = await browser.newPage(name)
  await giveSessionCookie(page, server.url, api.cookie ?? '')
  return {
    server,
    browser,
    api,
    courseId,
    meetingId,
    page,
    async close() {
      await browser.close()
      await server.stop()
    },
  }
}

/** Opens a section of the course page by its heading's button, if it is closed (some are until asked for). */
export async function openSection(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 2, name, exact: true }).getByRole('button')
  if ((await heading.getAttribute('aria-expanded')) === 'false') await heading.click()
}
