import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import {
  boardUrl,
  drawShape,
  giveSessionCookie,
  openBoard,
  peerCursor,
  shapes,
  waitForPeerCursorAt,
  waitForShapes,
  waitForStatus,
} from './boardPage.ts'

// Two people on one course, each in a browser of their own, against the real server process: what one
// draws the other sees, each sees the other's cursor, and both carry on through a server restart.
// Anne is the course's coordinator, signed in with a session cookie; Bo joins through a participant's
// share link. So both ways into a course are exercised.

let server: ServerProcess
let browser: TestBrowser

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the shared board', () => {
  let anne: Page
  let bo: Page

  it('opens the same course for two people', async () => {
    const coordinator = await server.coordinator()
    const { courseId, token } = await server.course('e2e board')
    anne = await browser.newPage('anne')
    bo = await browser.newPage('bo')
    await giveSessionCookie(anne, server.url, coordinator.cookie ?? '')
    await openBoard(anne, boardUrl(server.url, courseId), 'Anne')
    await openBoard(bo, boardUrl(server.url, courseId, token), 'Bo')
    expect(await waitForStatus(anne, 'connected')).toBe('Forbundet')
    expect(await shapes(anne)).toEqual([])
  })

  it('shows a shape drawn by one person to the other', async () => {
    await drawShape(anne, 'r', { x: 400, y: 300 }, { x: 560, y: 420 })
    const drawn = await waitForShapes(anne, 1)
    expect(drawn).toMatchObject([{ type: 'geo', geo: 'rectangle' }])

    expect(await waitForShapes(bo, 1)).toEqual(drawn)
    await bo.locator('.tl-shape[data-shape-type="geo"]').waitFor()
  })

  it("shows each person's cursor with their name to the other", async () => {
    await anne.mouse.move(700, 500, { steps: 4 })
    await waitForPeerCursorAt(bo, 'Anne', { x: 700, y: 500 })
    await peerCursor(bo, 'Anne').waitFor()
    await bo.mouse.move(300, 600, { steps: 4 })
    await peerCursor(anne, 'Bo').waitFor()
    await browser.screenshot(bo, 'board-bo-sees-anne')
  })

  it('keeps editing while the server restarts and syncs everything once it is back', async () => {
    // restart() in two steps, to edit while no server runs.
    await server.kill('SIGTERM')
    expect(await waitForStatus(anne, 'reconnecting')).toBe('Forbinder igen…')
    expect(await waitForStatus(bo, 'reconnecting')).toBe('Forbinder igen…')
    await peerCursor(bo, 'Anne').waitFor({ state: 'detached' })

    await drawShape(anne, 'o', { x: 700, y: 250 }, { x: 820, y: 330 })
    await waitForShapes(anne, 2)
    await browser.screenshot(anne, 'board-anne-offline')

    await server.spawn()
    expect(await waitForStatus(anne, 'connected')).toBe('Forbundet')
    expect(await waitForStatus(bo, 'connected')).toBe('Forbundet')
    const afterOutage = await waitForShapes(bo, 2)
    expect(afterOutage).toEqual(await shapes(anne))

    await drawShape(bo, 'r', { x: 300, y: 550 }, { x: 420, y: 640 })
    const all = await waitForShapes(anne, 3)
    expect(await waitForShapes(bo, 3)).toEqual(all)
    expect(all.map((shape) => shape.geo).sort()).toEqual(['ellipse', 'rectangle', 'rectangle'])

    await anne.mouse.move(650, 450, { steps: 4 })
    await peerCursor(bo, 'Anne').waitFor()
    await browser.screenshot(anne, 'board-anne-after-restart')
  })

  it('loaded nothing from any host but the server, and no page threw', () => {
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    // Chromium logs each refused socket while the server is down; nothing else may reach the console.
    const unexpected = browser.consoleErrors.filter((text) => !/WebSocket connection to .* failed/.test(text))
    expect(unexpected).toEqual([])
  })
})
