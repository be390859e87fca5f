import type { Page } from 'playwright-core'

// Drives the board app (packages/board) the way a person does, plus a read-only look at the editor that
// the app exposes when its address carries `?e2e`.

export type BoardStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected'

export interface ShapeSummary {
  id: string
  type: string
  geo: unknown
}

interface ExposedEditor {
  getCurrentPageShapes(): { id: string; type: string; props: Record<string, unknown> }[]
  getIsReadonly(): boolean
  getCurrentPageId(): string
  getCollaborators(): { userName: string; cursor: { x: number; y: number } | null }[]
  screenToPage(point: { x: number; y: number }): { x: number; y: number }
  /** What tldraw's own menus change, e.g. its language. */
  user: { updateUserPreferences(preferences: { locale?: string }): void }
}

declare global {
  interface Window {
    __bordendenEditor?: ExposedEditor
  }
}

/** The address of a course's board, with the test hook switched on; with `token`, a share link's. */
export function boardUrl(serverUrl: string, courseId: string, token?: string): string {
  const search = new URLSearchParams(token === undefined ? {} : { token })
  search.set('e2e', '')
  return `${serverUrl}/board/${courseId}?${search}`
}

/** Gives a page's browser the session cookie of a signed-in API client (`name=value`). */
export async function giveSessionCookie(page: Page, serverUrl: string, cookie: string): Promise<void> {
  const separator = cookie.indexOf('=')
  const [name, value] = [cookie.slice(0, separator), cookie.slice(separator + 1)]
  await page.context().addCookies([{ name, value, url: serverUrl, httpOnly: true, sameSite: 'Lax' }])
}

/**
 * Opens the board, answers the name question (unless `name` is null: hidden viewers are not asked) and
 * waits until the board is synced with the server.
 */
export async function openBoard(page: Page, url: string, name: string | null): Promise<void> {
  await page.goto(url)
  if (name !== null) {
    await page.getByLabel('Dit navn, som de andre ser det').fill(name)
    await page.getByRole('button', { name: 'Gå til tavlen' }).click()
  }
  await waitForStatus(page, 'connected')
  await page.waitForFunction(() => window.__bordendenEditor !== undefined)
}

export async function isReadonly(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__bordendenEditor?.getIsReadonly() ?? false)
}

/**
 * Waits for the connection badge to show a status; returns its (Danish) text. Without `timeout`, the
 * page's step timeout (browser.ts), which leaves room for a busy machine.
 */
export async function waitForStatus(page: Page, status: BoardStatus, timeout?: number): Promise<string> {
  const badge = page.locator(`.connection-badge[data-status="${status}"]`)
  await badge.waitFor({ timeout })
  return (await badge.textContent()) ?? ''
}

/**
 * Draws a geo shape with real keyboard and mouse input: the tool's shortcut (`r` rectangle, `o` ellipse),
 * then a drag on the canvas between two viewport points.
 */
export async function drawShape(
  page: Page,
  shortcut: 'r' | 'o',
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  // A person draws on the canvas, not on a note in front of it (which would take the drag and draw nothing).
  const covering = await page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y)
    return hit?.closest('.tl-canvas') ? null : (hit?.outerHTML.slice(0, 120) ?? 'nothing')
  }, from)
  if (covering !== null)
    throw new Error(`drawShape: (${from.x}, ${from.y}) is not on the canvas but on ${covering}`)
  await page.keyboard.press(shortcut)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 8 })
  await page.mouse.up()
  // Back to the select tool, as a person would, so the next shortcut starts from the same state.
  await page.keyboard.press('Escape')
}

export async function shapes(page: Page): Promise<ShapeSummary[]> {
  return page.evaluate(() => {
    const editor = window.__bordendenEditor
    if (!editor) throw new Error('the board did not expose its editor; is ?e2e in the address?')
    return editor
      .getCurrentPageShapes()
      .map((shape) => ({ id: shape.id, type: shape.type, geo: shape.props.geo }))
      .sort((a, b) => a.id.localeCompare(b.id))
  })
}

/** Waits until the page shows exactly `count` shapes and returns them (timeout as for waitForStatus). */
export async function waitForShapes(page: Page, count: number, timeout?: number): Promise<ShapeSummary[]> {
  await page.waitForFunction((n) => window.__bordendenEditor?.getCurrentPageShapes().length === n, count, {
    timeout,
  })
  return shapes(page)
}

/**
 * Waits until this page shows the peer's cursor where the peer's mouse is, at `at` in the peer's viewport.
 * Both boards are fitted alike on screens of one size (fitBoard), so that is where `at` is in this page's
 * viewport too.
 */
export async function waitForPeerCursorAt(page: Page, name: string, at: { x: number; y: number }) {
  await page.waitForFunction(
    ({ name, at }) => {
      const editor = window.__bordendenEditor
      if (!editor) return false
      const point = editor.screenToPage(at)
      return editor
        .getCollaborators()
        .some(
          (peer) =>
            peer.userName === name &&
            peer.cursor !== null &&
            Math.abs(peer.cursor.x - point.x) < 0.5 &&
            Math.abs(peer.cursor.y - point.y) < 0.5,
        )
    },
    { name, at },
  )
}

/** A peer's cursor on this page: tldraw draws it with a name tag. */
export function peerCursor(page: Page, name: string) {
  return page.locator('.tl-collaborators__item .tl-nametag', { hasText: name })
}

/** Switches to one of the three boards from the side panel, as a person would. */
export const showBoard = (page: Page, name: 'Netværkskort' | 'Dagsorden' | 'Mål og aftaler') =>
  page.getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name, exact: true }).click()

/** The side panel beside the canvas. */
export const panel = (page: Page) => page.locator('.bd-panel')
export const personCard = (page: Page, name: string) => page.locator('.bd-person-card', { hasText: name })

export type Ring = 'close' | 'middle' | 'outer'

/** The map's centre on screen and the on-screen radius of each ring's outer edge. */
export async function mapOnScreen(page: Page) {
  const box = async (selector: string) => {
    const found = await page.locator(selector).boundingBox()
    if (!found) throw new Error(`${selector} is not on screen`)
    return found
  }
  const citizen = await box('.bd-rings .bd-citizen')
  const radius = async (ring: Ring) => (await box(`.bd-rings .bd-ring[data-ring="${ring}"]`)).width / 2
  return {
    centre: { x: citizen.x + citizen.width / 2, y: citizen.y + citizen.height / 2 },
    edges: { close: await radius('close'), middle: await radius('middle'), outer: await radius('outer') },
  }
}

/** The ring a person's card lies in, as anyone looking at the screen would judge it. */
export async function ringOfCard(page: Page, name: string): Promise<Ring> {
  const card = await personCard(page, name).boundingBox()
  if (!card) throw new Error(`no card for ${name}`)
  const { centre, edges } = await mapOnScreen(page)
  const distance = Math.hypot(card.x + card.width / 2 - centre.x, card.y + card.height / 2 - centre.y)
  return distance <= edges.close ? 'close' : distance <= edges.middle ? 'middle' : 'outer'
}
