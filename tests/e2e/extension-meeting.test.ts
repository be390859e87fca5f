/// <reference types="chrome" />
// The extension in the meeting: the live meeting over the websocket, and text captured from a journal
// page with the context menu. The `chrome` calls run inside the extension's service worker, through
// Playwright.
import { goToAgendaItem, openMeeting, startDialogue, themesOf } from '@bordenden/model'
import type { Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitFor } from '../support/wait.ts'
import {
  captureFromMenu,
  type ExtensionDesk,
  expectAccessibleAt360,
  focused,
  keptUpdates,
  openExtensionDesk,
  screenshot,
  sidePanelOpens,
  signInPanel,
  watchSidePanelOpens,
} from './extensionPage.ts'

let desk: ExtensionDesk
let worker: Worker
let panel: Page
let board: Page

const tab = (name: string) => panel.getByRole('tab', { name })
const course = () => desk.course()
const capture = (selectionText: string) => captureFromMenu(worker, selectionText)
const agreementForm = () => panel.getByRole('form', { name: 'Ny aftale' })

beforeAll(async () => {
  desk = await openExtensionDesk({ board: true })
  ;({ worker, panel } = desk)
  board = desk.board as Page
  await signInPanel(desk)
})

afterAll(async () => {
  await desk?.close()
})

describe('the browser extension in the meeting', () => {
  it('follows the meeting live and adds an agreement and a parked topic over the websocket', async () => {
    await tab('Mine forløb').click()
    // "Vælg" switches to the meeting tab; focus goes to that tab's heading, not back to the page's start.
    await panel.getByRole('button', { name: 'Vælg' }).first().focus()
    await panel.keyboard.press('Enter')
    await panel.getByRole('heading', { name: 'Dagsorden' }).waitFor()
    expect(await focused(panel)).toBe('h2: Møde')

    // The board's agreement form: what, who, when, the goal it serves and its follow-up.
    const goal = course().goals.list()[0]!
    const form = agreementForm()
    await form.getByLabel('Hvad er aftalt').fill('Lone ringer til boligselskabet')
    await form.getByLabel('Mål', { exact: true }).selectOption({ label: goal.text })
    await form.getByLabel('Opfølgning: hvordan').fill('Lone fortæller Mette om svaret')
    await form.getByRole('button', { name: 'Tilføj' }).click()
    const made = await waitFor('the new agreement elsewhere', () =>
      course()
        .agreements.list()
        .find((a) => a.what === 'Lone ringer til boligselskabet'),
    )
    expect(made?.goalId).toBe(goal.id)
    expect(made?.followUp.how).toBe('Lone fortæller Mette om svaret')
    await board.locator('.bd-panel .bd-agreement', { hasText: 'Lone ringer til boligselskabet' }).waitFor()
    await panel.getByLabel('Emne', { exact: true }).fill('Kørekort')
    await panel.getByRole('button', { name: 'Parkér emne' }).click()
    await waitFor('the parked topic elsewhere', () =>
      course()
        .parkedTopics.list()
        .some((p) => p.text === 'Kørekort'),
    )
    // And the other way: a goal added elsewhere appears in the panel without reloading.
    desk.doc.transact(() =>
      course().goals.create({ text: 'Jens vil i kolonihaven hver uge', lifeArea: 'wellbeing' }, 'user:test'),
    )
    await panel.getByRole('listitem').filter({ hasText: 'Jens vil i kolonihaven hver uge' }).waitFor()
    // The meeting starts elsewhere (the board): the panel follows the agenda and whose turn it is.
    desk.doc.transact(() => {
      const planned = course()
        .meetings.list()
        .find((m) => m.status === 'planned')!
      const opened = openMeeting(course(), planned.id, 'user:test')
      const theme = themesOf(course(), planned.id)[0]!
      goToAgendaItem(course(), planned.id, opened.currentItemId, theme.id, 'user:test')
      startDialogue(course(), theme.id, 'user:test')
    })
    await panel.getByText('Har ordet: Jens Madsen').waitFor()
    expect(await panel.locator('[aria-current="step"]').textContent()).toContain('Nu:')
    await screenshot(panel, 'extension-meeting')
    await expectAccessibleAt360(panel)
  })

  it('adds selected text from the context menu only after the person confirms course and kind', async () => {
    // The handler opens the side panel of the tab's window. Chrome only allows that during the menu
    // click's user gesture, which automation cannot give a worker: the call is seen, and refused.
    await watchSidePanelOpens(worker)
    const selection = 'Borgeren ønsker at tale om sin økonomi'
    const clickedIn = await capture(selection)
    expect(clickedIn?.windowId).toBeGreaterThan(0)
    expect(await sidePanelOpens(worker)).toEqual([
      { options: { windowId: clickedIn?.windowId }, outcome: expect.stringMatching(/^opened$|user gesture/) },
    ])
    const form = panel.getByRole('form', { name: 'Tilføj markeret tekst til forløbet' })
    await form.waitFor()
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe(selection)
    expect(await form.locator('.bd-notice').count()).toBe(0)
    // Journal text is health information: the form says where it goes, beside the text that can be trimmed.
    const caution = form.locator('.bd-caution')
    expect(await caution.textContent()).toContain(
      'den fælles tavle, som hele netværket ser, og med i referatet',
    )
    expect(await form.getByLabel('Tekst', { exact: true }).getAttribute('aria-describedby')).toBe(
      await caution.getAttribute('id'),
    )
    await screenshot(panel, 'extension-capture')
    await expectAccessibleAt360(panel)
    expect(
      course()
        .parkedTopics.list()
        .some((p) => p.text === selection),
    ).toBe(false)

    await form.getByLabel('Parkeret emne på mødet').check()
    await form.getByRole('button', { name: 'Tilføj' }).focus()
    await panel.keyboard.press('Enter')
    await waitFor('the captured topic elsewhere', () =>
      course()
        .parkedTopics.list()
        .some((p) => p.text === selection),
    )
    await panel.getByRole('status').filter({ hasText: 'Tilføjet' }).waitFor()
    expect(await focused(panel)).toBe('p: Tilføjet')
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({})

    // A theme needs a planned meeting; the course has none now (it is in its meeting): the reason is
    // shown, the text stays, and Annullér drops it without sending anything.
    await capture('Tal om tandlægen')
    await form.getByLabel('Tema til næste møde').check()
    await form.getByRole('button', { name: 'Tilføj' }).click()
    expect(await form.getByRole('alert').textContent()).toContain('intet planlagt møde')
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe('Tal om tandlægen')
    await form.getByRole('button', { name: 'Annullér' }).focus()
    await panel.keyboard.press('Enter')
    await form.waitFor({ state: 'detached' })
    expect(await focused(panel)).toBe('h2: Møde')
    expect(
      course()
        .agendaItems.list()
        .some((item) => item.title === 'Tal om tandlægen'),
    ).toBe(false)
  })

  it('says so in the confirmation form when the selected text is too long for what it becomes', async () => {
    const long = `${'Borgeren fortæller om sin hverdag. '.repeat(67)}Slut`
    expect(long.length).toBe(2349)
    await capture(long)
    const form = panel.getByRole('form', { name: 'Tilføj markeret tekst til forløbet' })
    const text = form.getByLabel('Tekst', { exact: true })
    await form.waitFor()
    expect(await text.inputValue()).toBe(long.slice(0, 500))
    // Found by its place, not its form's name, which changes with the language.
    const notice = panel.locator('.bd-capture .bd-notice')
    expect(await notice.textContent()).toBe(
      'Den markerede tekst var 2.349 tegn. Her er de første 500; ret den gerne til.',
    )
    expect((await text.getAttribute('aria-describedby'))?.split(' ')).toContain(
      await notice.getAttribute('id'),
    )
    await form.getByLabel('Tema til næste møde').check()
    expect(await notice.textContent()).toContain(
      'Et tema kan højst være 200 tegn. Tilføjer du nu, kommer kun de første 200 med.',
    )
    await screenshot(panel, 'extension-capture-long')
    await panel.getByLabel('Sprog').selectOption('en')
    await panel.getByRole('form', { name: 'Add selected text to the course' }).waitFor()
    expect(await notice.textContent()).toBe(
      'The selected text was 2,349 characters. Here are the first 500; edit it if you like.' +
        'A theme can be at most 200 characters. If you add it now, only the first 200 go in.',
    )
    await panel.getByLabel('Language').selectOption('da')
    await form.getByRole('button', { name: 'Annullér' }).click()
    await form.waitFor({ state: 'detached' })
  })

  it('keeps an agreement added while the server is down, and sends it after the panel was closed', async () => {
    const what = 'Lone skriver til boligselskabet, aftalt uden forbindelse'
    await desk.server.kill('SIGTERM')
    await panel.getByRole('status').filter({ hasText: 'Forbindelsen er væk' }).waitFor()
    const before = await keptUpdates(panel, desk.courseId)
    await agreementForm().getByLabel('Hvad er aftalt').fill(what)
    await agreementForm().getByRole('button', { name: 'Tilføj' }).click()
    await waitFor(
      'the agreement kept in IndexedDB',
      async () => (await keptUpdates(panel, desk.courseId)) > before,
    )
    // The panel is closed before the server is back: its in-memory document goes with it.
    await panel.close()

    await desk.server.spawn()
    panel = await desk.context.newPage()
    panel.on('pageerror', (error) => desk.pageErrors.push(error.message))
    await panel.goto(`chrome-extension://${desk.extensionId}/sidepanel.html`)
    await panel.getByRole('button', { name: 'Vælg' }).first().click()
    await waitFor('the agreement elsewhere', () =>
      course()
        .agreements.list()
        .some((a) => a.what === what),
    )
    await panel.getByRole('listitem').filter({ hasText: what }).waitFor()
  })

  it('recovers the capture form by itself when the server is back after an outage', async () => {
    await desk.server.kill('SIGTERM')
    await capture('Borgeren vil gerne tale om sin søster')
    const failure = panel.getByRole('alert').filter({ hasText: 'Kunne ikke nå Bordenden' })
    await failure.waitFor()
    await desk.server.spawn()
    // Nobody presses "Prøv igen": the form comes back with the text once the server answers.
    const form = panel.getByRole('form', { name: 'Tilføj markeret tekst til forløbet' })
    await form.waitFor()
    expect(await form.getByLabel('Tekst', { exact: true }).inputValue()).toBe(
      'Borgeren vil gerne tale om sin søster',
    )
    expect(await failure.count()).toBe(0)
    await form.getByRole('button', { name: 'Annullér' }).click()
    await form.waitFor({ state: 'detached' })
  })

  it('threw nothing on any page', () => {
    expect(desk.pageErrors).toEqual([])
  })
})
