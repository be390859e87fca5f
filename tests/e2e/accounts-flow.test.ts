import { CourseDoc } from '@bordenden/model'
import { SqliteStorage } from '@bordenden/server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import {
  boardUrl,
  drawShape,
  isReadonly,
  openBoard,
  shapes,
  waitForShapes,
  waitForStatus,
} from './boardPage.ts'

// The whole way in, as people do it: a coordinator signs in on the sign-in page, creates a course and makes
// links on the home page; a participant edits through their link in another browser; the citizen's
// read-only link follows live but whatever it sends is dropped by the server.

let server: ServerProcess
let browser: TestBrowser
let anne: { email: string; password: string }

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  anne = await server.createUser('anne.holm@kommune.dk', 'Anne Holm')
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens the board in English: the name question in English, then the synced board. */
async function openBoardAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url)
  await page.getByLabel('Your name, as the others see it').fill(name)
  await page.getByRole('button', { name: 'Go to the board' }).click()
  await waitForStatus(page, 'connected')
}

/** Makes a link on the open course panel and returns the address shown (once) for copying. */
async function makeLink(page: Page, kind: string, label: string): Promise<string> {
  await page.getByRole('radio', { name: kind }).check()
  await page.getByLabel('Navn på linket (fx personens navn)').fill(label)
  await page.getByRole('button', { name: 'Lav link' }).click()
  const shown = page.getByLabel(`Link til ${label}`)
  await shown.waitFor()
  return shown.inputValue()
}

/** The board address shown beside a citizen's link (the citizen's own page is the link itself). */
const shownBoardLink = (page: Page, label: string) =>
  page.getByLabel(`Tavlen til møderne for ${label} (samme link)`).inputValue()

/** The e2e hook switched on for a share link's board address. */
const withTestHook = (url: string) => `${url}&e2e`

/** The ids of the drawn (geo) shapes in storage; the cards laid out from the model are left aside. */
async function storedDrawnShapeIds(courseId: string): Promise<string[]> {
  const storage = new SqliteStorage({ dataDir: server.dataDir })
  try {
    const stored = await storage.loadDoc(courseId)
    const doc = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    return new CourseDoc(doc)
      .canvasRecords<{ id: string; typeName: string; type?: string }>()
      .yarray.toArray()
      .map((entry) => entry.val)
      .filter((record) => record.typeName === 'shape' && record.type === 'geo')
      .map((record) => record.id)
      .sort((a, b) => a.localeCompare(b)) // the order `shapes()` lists them in
  } finally {
    await storage.close()
  }
}

describe('a coordinator invites a participant and the citizen', () => {
  let participantUrl: string
  let citizenUrl: string
  let coordinator: Page

  it('signs in through the sign-in page and is brought back home', async () => {
    coordinator = await browser.newPage('anne')
    await coordinator.goto(`${server.url}/`)
    await coordinator.waitForURL(/\/login\?next=%2F$/)
    await coordinator.getByRole('heading', { name: 'Log ind' }).waitFor()
    await browser.screenshot(coordinator, 'sign-in')
    // English is one button away, and the choice is kept.
    await coordinator.getByRole('button', { name: 'English' }).click()
    await coordinator.getByRole('heading', { name: 'Sign in' }).waitFor()
    expect(await coordinator.evaluate(() => document.documentElement.lang)).toBe('en')
    await coordinator.reload()
    await coordinator.getByRole('button', { name: 'Dansk' }).click()
    await coordinator.getByRole('heading', { name: 'Log ind' }).waitFor()

    await coordinator.getByLabel('E-mail').fill(anne.email)
    await coordinator.getByLabel('Adgangskode').fill('not her password')
    await coordinator.keyboard.press('Enter')
    await coordinator.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode.' }).waitFor()
    await browser.screenshot(coordinator, 'sign-in-wrong-password')

    await coordinator.getByLabel('Adgangskode').fill(anne.password)
    await coordinator.keyboard.press('Enter')
    await coordinator.getByRole('heading', { name: 'Mine forløb' }).waitFor()
    expect(new URL(coordinator.url()).pathname).toBe('/')
    await coordinator.getByText('Logget ind som Anne Holm').waitFor()
  })

  it('creates a course and makes a participant’s and the citizen’s link, each shown once', async () => {
    await coordinator.getByLabel('Forløbets navn').fill('Netværksforløb for Sofie')
    await coordinator.getByLabel('Borgerens navn').fill('Sofie Jensen')
    await coordinator.getByRole('button', { name: 'Opret forløb' }).click()
    await coordinator.getByRole('heading', { name: 'Netværksforløb for Sofie' }).waitFor()
    await coordinator.getByRole('status').filter({ hasText: 'er oprettet' }).waitFor()

    participantUrl = await makeLink(coordinator, 'Deltager i et møde', 'Lars fra jobcentret')
    const citizenPage = await makeLink(coordinator, 'Borgeren', 'Sofies eget link')
    citizenUrl = await shownBoardLink(coordinator, 'Sofies eget link')
    expect(participantUrl).toMatch(/\/board\/[^/?]+\?token=[a-z2-7]{32}$/)
    expect(citizenPage).toMatch(/\/citizen\/[^/?]+\?token=[a-z2-7]{32}$/)
    expect(citizenUrl).toBe(citizenPage.replace('/citizen/', '/board/'))
    const rows = coordinator.locator('.home-table tbody tr')
    await expect.poll(() => rows.count()).toBe(2)
    // The list shows what each may do, never the token.
    const listed = await coordinator.locator('.home-table').textContent()
    expect(listed).toContain('Kun læsning')
    expect(listed).not.toContain(new URL(participantUrl).searchParams.get('token'))
    await browser.screenshot(coordinator, 'home')
  })

  it('lets the participant edit and the citizen follow live, read-only, with the server dropping its edits', async () => {
    const courseId = new URL(participantUrl).pathname.split('/')[2] ?? ''
    const participant = await browser.newPage('lars')
    await openBoard(participant, withTestHook(participantUrl), 'Lars')
    expect(await isReadonly(participant)).toBe(false)
    await drawShape(participant, 'r', { x: 400, y: 300 }, { x: 560, y: 420 })
    const first = await waitForShapes(participant, 1)

    const citizen = await browser.newPage('sofie')
    await openBoard(citizen, withTestHook(citizenUrl), 'Sofie')
    expect(await waitForShapes(citizen, 1)).toEqual(first)
    expect(await isReadonly(citizen)).toBe(true)
    await citizen.getByText('Kun læsning').waitFor()
    await browser.screenshot(citizen, 'board-citizen-read-only')
    expect(await participant.getByText('Kun læsning').count()).toBe(0)

    // Live: the participant's next shape appears on the citizen's screen.
    await drawShape(participant, 'o', { x: 700, y: 300 }, { x: 820, y: 420 })
    const two = await waitForShapes(participant, 2)
    expect(await waitForShapes(citizen, 2)).toEqual(two)

    // The citizen's tools are off; drawing does nothing.
    await drawShape(citizen, 'r', { x: 300, y: 550 }, { x: 420, y: 650 })
    expect(await shapes(citizen)).toEqual(two)

    // Past the UI: the citizen's board writes a shape into its own copy, which the client sends; the server
    // must drop it. A later shape from the participant proves the server has processed what came before.
    await citizen.evaluate(() => {
      const editor = window.__bordendenEditor as unknown as {
        getCurrentPageShapes(): { id: string }[]
        store: { get(id: string): object; put(records: object[]): void }
      }
      const [shape] = editor.getCurrentPageShapes()
      if (!shape) throw new Error('no shape to copy')
      editor.store.put([{ ...editor.store.get(shape.id), id: 'shape:written-by-the-citizen', y: 700 }])
    })
    expect((await shapes(citizen)).map((s) => s.id)).toContain('shape:written-by-the-citizen')
    // Below the map's centre: the top of an empty network map holds its first-step note (no person yet).
    await drawShape(participant, 'r', { x: 600, y: 480 }, { x: 700, y: 580 })
    const three = await waitForShapes(participant, 3)
    await citizen.waitForFunction(
      (ids) => ids.every((id) => window.__bordendenEditor?.getCurrentPageShapes().some((s) => s.id === id)),
      three.map((s) => s.id),
    )
    expect(await shapes(participant)).toEqual(three)
    expect(three.map((s) => s.id)).not.toContain('shape:written-by-the-citizen')

    // A fresh reader sees what the server holds: the participant's three shapes only.
    const reader = await browser.newPage('second-screen')
    await openBoard(reader, withTestHook(citizenUrl), 'Skærm')
    expect(await waitForShapes(reader, 3)).toEqual(three)

    // The coordinator revokes the participant's link on the home page; their board is cut off at once.
    await coordinator.getByRole('button', { name: 'Træk linket "Lars fra jobcentret" tilbage' }).click()
    await coordinator.getByRole('status').filter({ hasText: 'er trukket tilbage' }).waitFor()
    await waitForStatus(participant, 'disconnected')

    // The access log names who opened the board, through which link, read-only or not.
    await coordinator.getByRole('button', { name: 'Vis adgangslog' }).click()
    const log = coordinator.locator('.audit-log')
    await log.getByText('Trak et link tilbage').waitFor()
    await log
      .getByRole('row', { name: /Lars fra jobcentret.*Åbnede tavlen/ })
      .first()
      .waitFor()
    await log
      .getByRole('row', { name: /Sofies eget link.*Åbnede tavlen \(kun læsning\)/ })
      .first()
      .waitFor()
    await browser.screenshot(coordinator, 'home-audit-log')

    // The tampered page still holds its shape; were its link opened for editing later, it would send it as
    // any editor would. It leaves here.
    await citizen.close()
    // And storage, read with the server stopped, holds exactly the participant's drawn shapes.
    await server.kill('SIGTERM')
    expect(await storedDrawnShapeIds(courseId)).toEqual(three.map((s) => s.id))
    await server.spawn()
  })

  it('opens the citizen’s link for editing during a meeting, and closes it again', async () => {
    await coordinator.goto(`${server.url}/`)
    await coordinator.getByRole('button', { name: /^Administrér/ }).click()
    const citizen = await browser.newPage('sofie-in-the-meeting')
    await openBoard(citizen, withTestHook(citizenUrl), 'Sofie')
    const before = await shapes(citizen)
    expect(await isReadonly(citizen)).toBe(true)

    await coordinator
      .getByRole('button', { name: 'Lad "Sofies eget link" redigere fra nu og resten af dagen' })
      .click()
    await citizen.waitForFunction(() => window.__bordendenEditor?.getIsReadonly() === false)
    expect(await citizen.getByText('Kun læsning').count()).toBe(0)
    await drawShape(citizen, 'o', { x: 300, y: 550 }, { x: 420, y: 650 })
    const after = await waitForShapes(citizen, before.length + 1)
    const witness = await browser.newPage('witness')
    await openBoard(witness, withTestHook(citizenUrl), 'Vidne')
    expect(await waitForShapes(witness, after.length)).toEqual(after)

    await coordinator.getByRole('button', { name: 'Luk for redigering med "Sofies eget link"' }).click()
    await citizen.getByText('Kun læsning').waitFor()
    expect(await isReadonly(citizen)).toBe(true)
  })

  it('adds a co-coordinator, who sees the list without "Fjern", then removes them, which the log says', async () => {
    const bo = await server.createUser('bo.berg@kommune.dk', 'Bo Berg')
    await coordinator.goto(`${server.url}/`)
    await coordinator.getByRole('button', { name: /^Administrér/ }).click()
    const members = coordinator.locator('.member-list')
    await members
      .getByRole('listitem')
      .filter({ hasText: 'Anne Holm' })
      .filter({ hasText: '(ejer)' })
      .waitFor()
    await coordinator.getByLabel('Ny medkoordinators e-mail').fill(bo.email)
    await coordinator.getByRole('button', { name: 'Tilføj medkoordinator' }).click()
    await coordinator.getByRole('status').filter({ hasText: 'Bo Berg er nu medkoordinator' }).waitFor()
    await members.getByRole('listitem').filter({ hasText: 'Bo Berg' }).filter({ hasText: bo.email }).waitFor()
    // The owner cannot be removed, so has no button.
    expect(await coordinator.getByRole('button', { name: 'Fjern Anne Holm fra forløbet' }).count()).toBe(0)

    // Bo, a co-coordinator, sees who coordinates the course, but may remove nobody.
    const colleague = await browser.newPage('bo')
    await colleague.goto(`${server.url}/login`)
    await colleague.getByLabel('E-mail').fill(bo.email)
    await colleague.getByLabel('Adgangskode').fill(bo.password)
    await colleague.keyboard.press('Enter')
    await colleague.getByRole('button', { name: /^Administrér/ }).click()
    await colleague.locator('.member-list li').filter({ hasText: 'Anne Holm' }).waitFor()
    expect(await colleague.locator('.member-list li').count()).toBe(2)
    expect(await colleague.getByRole('button', { name: /^Fjern/ }).count()).toBe(0)

    // By keyboard: "Fjern" asks first; Escape says no and gives the focus back; Enter on "Ja, fjern" removes.
    const remove = coordinator.getByRole('button', { name: 'Fjern Bo Berg fra forløbet' })
    await remove.focus()
    await coordinator.keyboard.press('Enter')
    const yes = coordinator.getByRole('button', { name: 'Ja, fjern' })
    await expect.poll(() => yes.evaluate((button) => button === document.activeElement)).toBe(true)
    await coordinator.getByText('Fjern Bo Berg? Bo Berg kan så ikke længere åbne forløbet.').waitFor()
    await browser.screenshot(coordinator, 'home-members-confirm')
    await coordinator.keyboard.press('Escape')
    await expect.poll(() => remove.evaluate((button) => button === document.activeElement)).toBe(true)
    expect(await yes.count()).toBe(0)
    await coordinator.keyboard.press('Enter')
    await expect.poll(() => yes.evaluate((button) => button === document.activeElement)).toBe(true)
    await coordinator.keyboard.press('Enter')
    await coordinator.getByRole('status').filter({ hasText: 'Bo Berg er fjernet fra forløbet.' }).waitFor()
    await members.getByRole('listitem').filter({ hasText: 'Anne Holm' }).waitFor()
    expect(await members.getByRole('listitem').count()).toBe(1)
    await browser.screenshot(coordinator, 'home-members')

    // The log says it in words: the removal, Bo's reading of the course (not a board), no raw ids.
    await coordinator.getByRole('button', { name: 'Vis adgangslog' }).click()
    const log = coordinator.locator('.audit-log')
    await log.getByRole('row', { name: /Anne Holm.*Fjernede en medkoordinator/ }).waitFor()
    await log.getByRole('row', { name: /Anne Holm.*Tilføjede en medkoordinator/ }).waitFor()
    await log
      .getByRole('row', { name: /Bo Berg.*Læste forløbet/ })
      .first()
      .waitFor()
    const what = await log.locator('tbody tr td:nth-child(3)').allTextContents()
    expect(what.filter((text) => /^[a-z]+(\.[a-z]+)+$/.test(text))).toEqual([])
    await browser.screenshot(coordinator, 'home-audit-log-members')
    await colleague.close()
  })

  it('speaks English on the board, tldraw’s menu too, once chosen at home, and in her next browser', async () => {
    const courseId = new URL(participantUrl).pathname.split('/')[2] ?? ''
    await coordinator.goto(`${server.url}/`)
    await coordinator.getByRole('button', { name: 'English' }).click()
    await coordinator.getByRole('heading', { name: 'My courses' }).waitFor()
    await openBoardAs(coordinator, boardUrl(server.url, courseId), 'Anne')
    await coordinator.getByRole('complementary', { name: 'Side panel' }).waitFor()
    await coordinator.getByTestId('main-menu.button').click()
    const menu = coordinator.locator('.tlui-menu')
    await menu.getByText('Edit', { exact: true }).waitFor()
    expect(await menu.getByText('Rediger', { exact: true }).count()).toBe(0)
    expect(await coordinator.evaluate(() => document.documentElement.lang)).toBe('en')
    await browser.screenshot(coordinator, 'board-english')

    // The choice is Anne's, not this browser's: signed in elsewhere (a Danish browser), it is English too.
    const elsewhere = await browser.newPage('anne-elsewhere')
    await elsewhere.goto(`${server.url}/login`)
    await elsewhere.getByLabel('E-mail').fill(anne.email)
    await elsewhere.getByLabel('Adgangskode').fill(anne.password)
    await elsewhere.keyboard.press('Enter')
    await elsewhere.getByRole('heading', { name: 'My courses' }).waitFor()

    // Danish picked in tldraw's own menu (which sets this preference) is her choice too, there and elsewhere.
    await coordinator.evaluate(() => window.__bordendenEditor?.user.updateUserPreferences({ locale: 'da' }))
    await coordinator.getByRole('complementary', { name: 'Sidepanel' }).waitFor()
    await expect
      .poll(async () => {
        await elsewhere.reload()
        return elsewhere.getByRole('heading', { name: 'Mine forløb' }).count()
      })
      .toBe(1)
    await elsewhere.close()
  })

  it('signs out, after which home asks for sign-in again', async () => {
    await coordinator.goto(`${server.url}/`)
    await coordinator.getByRole('button', { name: 'Log ud' }).click()
    await coordinator.waitForURL(/\/login$/)
    await coordinator.goto(`${server.url}/`)
    await coordinator.waitForURL(/\/login\?next=%2F$/)
  })

  it('loaded nothing from any host but the server, and no page threw', () => {
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
  })
})
