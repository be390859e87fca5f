import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import {
  boardUrl,
  drawShape,
  giveSessionCookie,
  openBoard,
  shapes,
  waitForShapes,
  waitForStatus,
} from './boardPage.ts'

// Offline editing in a real browser: the coordinator draws while the server is down, closes the tab
// before it is back, and what she drew reaches the others when she opens the board again, because the
// board kept the course in the browser's IndexedDB (y-indexeddb). What a browser keeps is health and
// social data: only editors keep it, and signing out forgets it.

let server: ServerProcess
let browser: TestBrowser
let coordinator: ApiClient
let courseId: string
let participantToken: string

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  coordinator = await server.coordinator()
  const course = await server.course('e2e offline')
  courseId = course.courseId
  participantToken = course.token
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The course databases this page's browser keeps. */
function keptCourses(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('bordenden-course:')),
  )
}

/** How many updates the browser has written for the course (y-indexeddb's `updates` store). */
function keptUpdates(page: Page, course: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('updates').objectStore('updates').count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
        }
      }),
    `bordenden-course:${course}`,
  )
}

describe('offline editing', () => {
  let anne: Page
  let bo: Page

  it('keeps the course in the browser of those who edit, not of a read-only viewer', async () => {
    anne = await browser.newPage('anne')
    bo = await browser.newPage('bo')
    await giveSessionCookie(anne, server.url, coordinator.cookie ?? '')
    await openBoard(anne, boardUrl(server.url, courseId), 'Anne')
    await openBoard(bo, boardUrl(server.url, courseId, participantToken), 'Bo')
    await drawShape(anne, 'r', { x: 400, y: 300 }, { x: 520, y: 400 })
    await waitForShapes(bo, 1)
    // The coordinator keeps both documents of the course, the shared and her own (see Who sees what).
    expect((await keptCourses(anne)).sort()).toEqual([
      `bordenden-course:${courseId}`,
      `bordenden-course:${courseId}:private`,
    ])

    const viewer = await coordinator.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'viewer',
      label: 'skærm i mødelokalet',
    })
    const screen = await browser.newPage('screen')
    await openBoard(screen, boardUrl(server.url, courseId, viewer.body.token), null)
    await waitForShapes(screen, 1)
    expect(await keptCourses(screen)).toEqual([])
    await screen.close()
  })

  it('sends what was drawn while the server was down, even after the tab was closed meanwhile', async () => {
    await server.kill('SIGTERM')
    await waitForStatus(anne, 'reconnecting')
    const keptBefore = await keptUpdates(anne, courseId)
    await drawShape(anne, 'o', { x: 700, y: 250 }, { x: 820, y: 330 })
    const drawnOffline = await waitForShapes(anne, 2)
    await waitFor(
      'the offline drawing to be kept in IndexedDB',
      async () => (await keptUpdates(anne, courseId)) > keptBefore,
    )
    const context = anne.context()
    await anne.close() // the tab is gone before the server is back: its in-memory document with it

    await server.spawn()
    await waitForStatus(bo, 'connected')
    expect(await shapes(bo)).toHaveLength(1)

    anne = await context.newPage()
    await openBoard(anne, boardUrl(server.url, courseId), null) // her name is remembered
    expect(await waitForShapes(anne, 2)).toEqual(drawnOffline)
    expect(await waitForShapes(bo, 2)).toEqual(drawnOffline)
    await browser.screenshot(bo, 'offline-bo-after-anne-returned')
  })

  it('forgets every kept course when the coordinator signs out', async () => {
    await anne.goto(`${server.url}/`)
    await anne.getByRole('button', { name: 'Log ud' }).click()
    await anne.waitForURL(/\/login/)
    expect(await keptCourses(anne)).toEqual([])
  })
})
