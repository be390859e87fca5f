import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import {
  boardUrl,
  drawShape,
  giveSessionCookie,
  isReadonly,
  openBoard,
  peerCursor,
  shapes,
  waitForPeerCursorAt,
  waitForShapes,
} from './boardPage.ts'

// Who gets which board: the server decides (session cookie or share link) and the board shows its answer
// in plain Danish before it opens a socket, and opens read-only for read-only links.

let server: ServerProcess
let browser: TestBrowser
let coordinator: ApiClient
let courseId: string

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  coordinator = await server.coordinator()
  courseId = (await server.course('e2e access')).courseId
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function viewerLinkToken(): Promise<string> {
  const created = await coordinator.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'viewer',
    label: 'skærm i mødelokalet',
  })
  expect(created.status).toBe(201)
  return created.body.token
}

describe('opening a board', () => {
  it('asks a visitor without a session or link to sign in, without opening a socket', async () => {
    const page = await browser.newPage('anonymous')
    const sockets: string[] = []
    page.on('websocket', (socket) => sockets.push(socket.url()))
    await page.goto(boardUrl(server.url, courseId))
    await page.getByText('Log ind for at se denne tavle').waitFor()
    expect(sockets).toEqual([])
  })

  it('refuses a link that is not valid for the course', async () => {
    const page = await browser.newPage('stranger')
    await page.goto(boardUrl(server.url, courseId, 'not-a-real-token'))
    await page.getByText('Du har ikke adgang til denne tavle').waitFor()
  })

  it('shows a read-only link the board without letting it edit or be seen', async () => {
    const anne: Page = await browser.newPage('anne')
    await giveSessionCookie(anne, server.url, coordinator.cookie ?? '')
    await openBoard(anne, boardUrl(server.url, courseId), 'Anne')
    await drawShape(anne, 'r', { x: 400, y: 300 }, { x: 560, y: 420 })
    const drawn = await waitForShapes(anne, 1)

    const screen = await browser.newPage('screen')
    await openBoard(screen, boardUrl(server.url, courseId, await viewerLinkToken()), null)
    expect(await waitForShapes(screen, 1)).toEqual(drawn)
    expect(await isReadonly(screen)).toBe(true)

    await drawShape(screen, 'r', { x: 700, y: 300 }, { x: 800, y: 400 })
    await screen.mouse.move(650, 500, { steps: 4 })
    // The screen sees where Anne points, although Anne's editor sees no one to show her pointer to.
    await anne.mouse.move(300, 600, { steps: 4 })
    await waitForPeerCursorAt(screen, 'Anne', { x: 300, y: 600 })
    await peerCursor(screen, 'Anne').waitFor()
    expect(await shapes(screen)).toEqual(drawn)
    expect(await shapes(anne)).toEqual(drawn)
    expect(await peerCursor(anne, 'Gæst').count()).toBe(0)
    await browser.screenshot(screen, 'board-read-only-screen')
  })

  it('loaded nothing from any host but the server, and no page threw', () => {
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    // The refusals above log their 401 and 403 to the console by design; a policy violation never may.
    expect(browser.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
  })
})
