import { dateIn, Rings, Sectors } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestBrowser } from '../support/browser.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { boardUrl, giveSessionCookie, openBoard, panel, showBoard } from './boardPage.ts'
import { axeViolations, seriousOrCritical } from './citizenPage.ts'

// The meeting view on a shared screen: each board drawn for reading across the room. The demo course with
// its network grown to twenty people on the map, shown on a 1920×1080 screen and a 1280×800 laptop; the
// sizes are read from what the browser rendered, as a ruler held to the screen would.

let server: ServerProcess
let browser: TestBrowser
let page: Page
let courseId: string

const screens = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
] as const

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The rendered size (px) of each text matching `selector`: its font size times the drawing's scale. */
function renderedSizes(selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1
      return {
        text: element.textContent ?? '',
        px: Number.parseFloat(getComputedStyle(element).fontSize) * scale,
      }
    }),
  )
}

async function expectAtLeast(selector: string, px: number, count: number) {
  const sizes = await renderedSizes(selector)
  expect(sizes.length).toBeGreaterThanOrEqual(count)
  expect(sizes.filter((size) => size.px < px)).toEqual([])
}

/** The boxes of the people on the presented map, none of which may cover another. */
async function personBoxes() {
  return page.locator('.bd-present-person rect').evaluateAll((rects) =>
    rects.map((rect) => {
      const { x, y, width, height } = rect.getBoundingClientRect()
      return { x, y, width, height }
    }),
  )
}

const meetingView = () => page.getByRole('dialog', { name: 'Mødevisning' })
const showInView = (name: string) =>
  meetingView().getByRole('navigation', { name: 'Tavler' }).getByRole('button', { name, exact: true }).click()

describe('the meeting view on the shared screen', () => {
  it('opens on the board on screen, with no editor around it', async () => {
    const coordinator = await server.coordinator()
    const course = await server.course('e2e meeting view')
    courseId = course.courseId
    const today = dateIn(Date.now())
    await withCourseDoc(server, coordinator, courseId, (doc) => {
      seedDemoCourse(doc, { today })
      const onMap = () => doc.people.list().filter((p) => !p.excludedByCitizen).length
      for (let i = 0; onMap() < 20; i++)
        doc.people.create(
          {
            name: `Netværksperson ${i + 1}`,
            role: 'Frivillig',
            organisation: 'Røde Kors',
            sector: Sectors[i % Sectors.length] ?? 'other',
            ring: Rings[i % Rings.length] ?? 'middle',
          },
          'e2e',
        )
    })
    page = await browser.newPage('mette')
    await giveSessionCookie(page, server.url, coordinator.cookie ?? '')
    await openBoard(page, boardUrl(server.url, courseId), 'Mette')
    await panel(page).getByRole('button', { name: 'Mødevisning' }).click()
    await meetingView().locator('.bd-present-person').nth(19).waitFor()
    expect(await page.locator('.bd-presentation .tl-container').count()).toBe(0)
  })

  for (const { width, height } of screens) {
    it(`shows every board readably at ${width}×${height}`, async () => {
      await page.setViewportSize({ width, height })
      const large = width >= 1920
      await showInView('Netværkskort')
      await page.locator('.bd-present-network svg').waitFor()
      // Re-fitted to the new screen: the map's drawing fills the width or the height.
      await page.waitForFunction((w) => {
        const svg = document.querySelector('.bd-present-network svg')?.getBoundingClientRect()
        return svg !== undefined && Math.abs(svg.width - w) < 2
      }, width)
      expect(await page.locator('.bd-present-person').count()).toBe(20)
      await expectAtLeast('.bd-present-name', large ? 28 : 21, 20)
      await expectAtLeast('.bd-present-citizen-name', large ? 28 : 21, 1)
      await expectAtLeast('.bd-present-secondary', large ? 20 : 15, 20)
      await browser.screenshot(page, `presentation-network-${width}`)
      const boxes = await personBoxes()
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(
            a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
          ).toBe(false)

      await showInView('Mål og aftaler')
      await page.locator('.bd-present-goal').first().waitFor()
      await expectAtLeast('.bd-present-goal-text', large ? 28 : 21, 1)
      await expectAtLeast('.bd-present-agreement-what', large ? 20 : 15, 1)
      await expectAtLeast('.bd-present-goals .bd-present-secondary-line', large ? 20 : 15, 1)
      await browser.screenshot(page, `presentation-goals-${width}`)

      await showInView('Dagsorden')
      await meetingView().locator('.bd-screen').waitFor()
      await browser.screenshot(page, `presentation-agenda-${width}`)
      expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    })
  }

  it('adds a person to the map on screen as soon as they are in the course', async () => {
    await showInView('Netværkskort')
    const coordinator = await server.coordinator()
    await withCourseDoc(server, coordinator, courseId, (doc) => {
      doc.people.create({ name: 'Bente Frivillig', role: 'Besøgsven', sector: 'civilSociety' }, 'e2e')
    })
    await meetingView().locator('.bd-present-name', { hasText: 'Bente Frivillig' }).waitFor()
    expect(await page.locator('.bd-present-person').count()).toBe(21)
  })

  it('switches board and leaves with the keyboard, and lists the shortcuts on ?', async () => {
    await page.keyboard.press('Alt+KeyB')
    await meetingView().getByRole('button', { name: 'Dagsorden', pressed: true }).waitFor()
    await page.keyboard.press('Escape')
    await meetingView().waitFor({ state: 'detached' })
    await page.keyboard.press('Alt+KeyM')
    await meetingView().waitFor()
    await page.keyboard.press('Alt+KeyM')
    await meetingView().waitFor({ state: 'detached' })
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Tastaturgenveje for mødelederen' })
    await help.getByText('Alt + N').waitFor()
    await help.getByText('Skift tavle').waitFor()
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
  })
})

describe("a new course's boards", () => {
  let fresh: Page

  it('open on the citizen in the middle of the map, saying what to do first and offering it', async () => {
    const coordinator = await server.coordinator()
    const course = await server.course('e2e empty boards')
    fresh = await browser.newPage('new course')
    await giveSessionCookie(fresh, server.url, coordinator.cookie ?? '')
    await openBoard(fresh, boardUrl(server.url, course.courseId), 'Mette')
    const circle = await fresh.locator('.bd-rings .bd-citizen').boundingBox()
    const canvas = await fresh.locator('.tl-canvas').boundingBox()
    if (!circle || !canvas) throw new Error('no map on screen')
    // Centred in the canvas, give or take tldraw's bars.
    expect(Math.abs(circle.x + circle.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(40)
    expect(Math.abs(circle.y + circle.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(60)
    // tldraw's style panel stays closed until someone draws.
    expect(await fresh.locator('.tlui-style-panel').count()).toBe(0)

    const hint = fresh.locator('.bd-empty-board')
    await hint.getByRole('button', { name: 'Tilføj den første person' }).click()
    await fresh.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'name')
    await showBoard(fresh, 'Dagsorden')
    await hint.getByText('Der er ikke planlagt noget netværksmøde endnu.').waitFor()
    await browser.screenshot(fresh, 'board-empty-agenda')
    await hint.getByRole('button', { name: 'Planlæg det første møde' }).click()
    await fresh.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'title')
    expect(seriousOrCritical(await axeViolations(fresh))).toEqual([])
    // A shortcut typed into a field is text; out of it, it acts.
    await fresh.keyboard.press('Alt+KeyM')
    expect(await fresh.getByRole('dialog', { name: 'Mødevisning' }).count()).toBe(0)
    await fresh.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await fresh.keyboard.press('Alt+KeyM')
    const view = fresh.getByRole('dialog', { name: 'Mødevisning' })
    await view.getByRole('button', { name: 'Planlæg det første møde' }).click()
    await view.waitFor({ state: 'detached' })
    await fresh.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'title')
  })
})

describe('the meeting on the board, where nothing important happens in one click', () => {
  const agenda = () => panel(page).getByRole('region', { name: 'Dagsorden' })
  const status = () => agenda().locator('.bd-muted').first()

  it('names the meeting roles and says when the agenda is longer than the meeting', async () => {
    await showBoard(page, 'Dagsorden')
    await panel(page).getByText('Forberedelse', { exact: true }).click()
    const form = panel(page).getByRole('form', { name: 'Ret mødet' })
    await form.getByLabel('Mødeleder', { exact: true }).fill('Mette Kragh')
    await form.getByLabel('Referent', { exact: true }).fill('Kim Lauridsen')
    await form.getByLabel('Tidsholder', { exact: true }).fill('Lone Madsen')
    await form.getByLabel('Mødets længde i minutter').fill('10')
    await form.getByRole('button', { name: 'Gem' }).click()
    await agenda()
      .getByText('Mødeleder: Mette Kragh · Referent: Kim Lauridsen · Tidsholder: Lone Madsen')
      .waitFor()
    await page.keyboard.press('Alt+KeyM')
    await meetingView()
      .locator('.bd-screen-roles', { hasText: 'Mødeleder: Mette Kragh · Referent: Kim Lauridsen' })
      .waitFor()
    await page.keyboard.press('Escape')
    const over = agenda().getByTestId('agenda-over-frame')
    expect(await over.textContent()).toMatch(
      /^Punkterne tager længere tid end mødet har: \d+ min\. \/ 10 min\.$/,
    )
  })

  it('moves to the next item with Alt+N once the meeting runs', async () => {
    await agenda().getByRole('button', { name: 'Start mødet' }).click()
    const current = agenda().locator('li[aria-current="step"] .bd-agenda-title')
    const first = await current.textContent()
    await page.keyboard.press('Alt+KeyN')
    await agenda()
      .locator('li[aria-current="step"] .bd-agenda-title', { hasNotText: first ?? '' })
      .waitFor()
  })

  it('asks before ending the meeting, and before reopening it', async () => {
    await agenda().getByRole('button', { name: 'Afslut mødet' }).click()
    const ask = agenda().getByRole('group', { name: /^Afslut mødet for alle\?/ })
    // The keyboard lands on "no": an Enter pressed by habit keeps the meeting going.
    await page.keyboard.press('Enter')
    await ask.waitFor({ state: 'detached' })
    expect(await status().textContent()).toContain('I gang')
    await agenda().getByRole('button', { name: 'Afslut mødet' }).click()
    await ask.getByRole('button', { name: 'Ja, afslut mødet' }).click()
    await agenda().getByRole('button', { name: 'Genåbn mødet' }).click()
    await agenda()
      .getByRole('group', { name: /^Mødet er afsluttet/ })
      .waitFor()
    expect(await agenda().getByRole('button', { name: 'Start mødet' }).count()).toBe(0)
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await agenda().getByRole('button', { name: 'Ja, genåbn mødet' }).click()
    await agenda().getByRole('button', { name: 'Afslut mødet' }).waitFor()
  })

  it('shows the boards themselves on a phone, with the panel below them', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await showBoard(page, 'Netværkskort')
    const canvas = await page.locator('.tl-canvas').boundingBox()
    const side = await panel(page).boundingBox()
    if (!canvas || !side) throw new Error('the canvas or the panel is not on screen')
    expect(canvas.height).toBeGreaterThan(400)
    expect(side.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1)
    // The board re-fits after the viewport changes (tldraw's resize observer): wait for it, a busy machine
    // may not have got there by the time the panel has moved.
    const cardBottom = async () => {
      const card = await page.locator('.bd-person-card').first().boundingBox()
      if (!card) throw new Error('no card on the map')
      return card.y + card.height
    }
    await expect.poll(cardBottom, { timeout: 15_000 }).toBeLessThanOrEqual(canvas.y + canvas.height)
    await browser.screenshot(page, 'board-phone')
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('names the agreements that bind nobody yet before the citizen approves, and lets the approval go on', async () => {
    const coordinator = await server.coordinator()
    const held = await withCourseDoc(server, coordinator, courseId, latestClosedMeeting)
    await page.goto(`${server.url}/?course=${courseId}`)
    const records = page.locator(`section[data-meeting="${held}"]`)
    await records.getByRole('button', { name: 'Lav aftalereferatet' }).click()
    const warning = records.getByRole('note').filter({ hasText: 'mangler stadig noget' })
    await warning.getByText(/Spørge i kolonihaveforeningen.*\(mangler hvem, hvornår\)/).waitFor()
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await records.getByLabel('På mødet').check()
    await records.getByRole('button', { name: 'Borgeren har godkendt referatet' }).click()
    await records.getByRole('article', { name: 'Version 1: Godkendt af borgeren' }).waitFor()
  })

  it('loaded nothing from any host but the server, and no page threw', () => {
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })
})
