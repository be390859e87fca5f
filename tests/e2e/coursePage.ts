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
