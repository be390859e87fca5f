import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import type { TestBrowser } from '../support/browser.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import type { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { boardUrl, giveSessionCookie, openBoard } from './boardPage.ts'
import { artifact, axeViolations, seriousOrCritical } from './citizenPage.ts'
import { type DemoCourse, openDemoCourse, openSection } from './coursePage.ts'

/**
 * The course page of the board app (`/?course=<id>`) in Chromium against a real server, reached from
 * the coordinator's home page: phases and checklists, the follow-up guide, the live follow-up list,
 * pausing and closing. The agreement records on the same page: record-flow.test.ts.
 */

let demo: DemoCourse
let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string
let meetingId: string
let page: Page

beforeAll(async () => {
  demo = await openDemoCourse('course-views')
  ;({ server, browser, api, courseId, meetingId, page } = demo)
}, 90_000)
afterAll(() => demo?.close())

/** A screenshot of one section of the page (the whole page is many screens long). */
const screenshotSection = (id: string, name: string) =>
  page.locator(`#${id}`).screenshot({ path: artifact(`${name}.png`) })

const lifecycle = async () =>
  (
    await api.request<{
      phase: string
      checklists: { items: { id: string; tick: { checked: boolean } | null }[] }[]
      closure: unknown
    }>('GET', `/api/lifecycle/${courseId}`)
  ).body

describe('the course page', () => {
  it('is reached from the home page, whose follow-up list shows every group the server gives', async () => {
    await page.goto(`${server.url}/`)
    const followUps = page.getByRole('region', { name: 'Jens Madsens forløb (demo)' })
    await followUps.getByRole('heading', { name: /^Over fristen/ }).waitFor()
    const groups = await followUps
      .locator('[data-group]')
      .evaluateAll((all) => all.map((g) => g.getAttribute('data-group')))
    expect(groups).toEqual([
      'overdue',
      'dueSoon',
      'followUpsDue',
      'awaitingManager',
      'changedSinceLastMeeting',
      'changedSinceSeen',
    ])
    // A follow-up due says who, when and how (the demo's is over the deadline too, so it is listed there,
    // once, saying it is due for follow-up); an owner's report says what they wrote.
    const due = followUps.locator('[data-group="overdue"] li[data-agreement]').first()
    expect(await due.textContent()).toContain('Opfølgning: Mette Kragh')
    expect(await due.locator('[data-also-in]').getAttribute('data-also-in')).toContain('followUpsDue')
    const changed = followUps.locator('[data-group="changedSinceLastMeeting"]')
    expect(await changed.getByText('Første samtale er holdt').count()).toBe(1)
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await browser.screenshot(page, 'course-views-home')

    await page.getByRole('link', { name: 'Forløbet og referater Jens Madsens forløb (demo)' }).click()
    await page.waitForURL(`${server.url}/?course=${courseId}`)
    await page.getByRole('heading', { level: 1, name: 'Jens Madsens forløb (demo)' }).waitFor()
  })

  it('is linked from the board for the coordinator, not for a participant', async () => {
    const board = await browser.newPage('course-views-board')
    await giveSessionCookie(board, server.url, api.cookie!)
    await openBoard(board, boardUrl(server.url, courseId), 'Demo')
    const link = board.getByRole('link', { name: 'Forløb og referater' })
    expect(await link.getAttribute('href')).toBe(`/?course=${courseId}`)

    const participant = await browser.newPage('course-views-participant')
    const now = Date.now()
    const { body } = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: 'deltager',
      editFrom: now - 1000,
      editUntil: now + 3_600_000,
    })
    await openBoard(participant, boardUrl(server.url, courseId, body.token), 'Deltager')
    await participant.getByRole('button', { name: 'Mødevisning' }).waitFor()
    expect(await participant.getByRole('link', { name: 'Forløb og referater' }).count()).toBe(0)
    await Promise.all([board.close(), participant.close()])
  })

  it('shows the phases with the current one marked and ticks a checklist item off with the keyboard', async () => {
    const current = page.locator('li[aria-current="step"]')
    expect(await current.textContent()).toMatch(/^Fase 2: Tværfaglige netværksmøder/)
    // The per-meeting checklists are for the meeting in focus (the next one) until another is chosen.
    const picker = page.getByLabel('Tjeklisterne for netværksmøder gælder mødet')
    expect(await picker.locator('option:checked').textContent()).toBe('Tredje netværksmøde')
    const item = page.getByRole('checkbox', {
      name: 'Har koordinatoren inviteret deltagerne og forberedt dem på opgaven?',
    })
    await item.focus()
    await page.keyboard.press('Space')
    await waitFor('the tick to reach the server', async () =>
      (await lifecycle()).checklists.some((c) =>
        c.items.some((i) => i.id === 'participants-prepared' && i.tick?.checked),
      ),
    )
    await waitFor('the page to show it', () => item.isChecked())
    expect(await page.getByText('1 af 4 klaret').count()).toBeGreaterThan(0)
    // Another meeting has its own ticks.
    await picker.selectOption({ label: 'Andet netværksmøde' })
    await waitFor('the other meeting’s list', async () => !(await item.isChecked()))
    await picker.selectOption({ label: 'Tredje netværksmøde' })
    await waitFor('the first meeting’s tick again', () => item.isChecked())
  })

  it('shows a tick at once while the server answers, and takes it back if the server refuses', async () => {
    const item = page.getByRole('checkbox', {
      name: 'Har koordinatoren inviteret deltagerne og forberedt dem på opgaven?',
    })
    const ticked = async () =>
      (await lifecycle()).checklists.some((c) =>
        c.items.some((i) => i.id === 'participants-prepared' && i.tick?.checked),
      )
    // The server's answer is held back until the box has been seen to change.
    const hold = (answer: (route: Route) => Promise<void>) => {
      let release = () => {}
      const released = new Promise<void>((resolve) => {
        release = resolve
      })
      return {
        release: () => release(),
        route: page.route('**/checklist/**', async (route) => {
          await released
          await answer(route)
        }),
      }
    }
    const accepted = hold((route) => route.continue())
    await accepted.route
    await item.click()
    await waitFor('the box to change before the server answers', async () => !(await item.isChecked()))
    accepted.release()
    await waitFor('the server to have it', async () => !(await ticked()))
    await page.unroute('**/checklist/**')

    const refused = hold((route) => route.fulfill({ status: 500, body: '{}' }))
    await refused.route
    await item.click()
    await waitFor('the box to change before the server answers', () => item.isChecked())
    refused.release()
    await waitFor('the refused tick to go back', async () => !(await item.isChecked()))
    expect(await ticked()).toBe(false)
    await page.unroute('**/checklist/**')
    // The refused request is the one console error this test causes on purpose.
    const refusal = browser.consoleErrors.findIndex((e) => e.includes('500') && e.includes('/checklist/'))
    expect(refusal).toBeGreaterThanOrEqual(0)
    browser.consoleErrors.splice(refusal, 1)
  })

  it('shows the timeline with the meetings', async () => {
    const timeline = page.getByRole('region', { name: 'Forløbet indtil nu' })
    expect(await timeline.getByRole('listitem').count()).toBeGreaterThan(2)
    expect(await timeline.getByText('Netværksmøde', { exact: false }).count()).toBeGreaterThan(0)
  })

  it('lets the citizen answer the follow-up guide and the four scales with the keyboard alone', async () => {
    expect(await page.getByRole('combobox', { name: /^Mødet/ }).inputValue()).toBe(meetingId)
    await page.getByRole('button', { name: 'Åbn spørgeguiden' }).press('Enter')
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: /Hvordan var mødet for dig/ }),
    })
    await form.getByRole('button', { name: 'Gem' }).press('Enter')
    await form.getByRole('alert').waitFor()
    expect(await form.getByRole('alert').textContent()).toContain('Talte vi om det, du gerne ville tale om?')

    await form.getByRole('radio', { name: 'Ja' }).first().focus()
    // Five questions: yes, partly (one arrow on), yes, no (two arrows on), yes.
    for (const arrows of [0, 1, 0, 2, 0]) {
      for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowRight')
      if (arrows === 0) await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
    }
    // Four scales from 1: relation 8, goals and topics 7, approach 6, overall 9.
    for (const score of [8, 7, 6, 9]) {
      await page.keyboard.press('Space')
      for (let i = 1; i < score; i++) await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Tab')
    }
    await page.keyboard.type('Godt at Lone var med')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await form.getByRole('status').filter({ hasText: 'Gemt.' }).waitFor()
    const saved = await api.request<{ feedback: unknown }>('GET', `/api/feedback/${courseId}/${meetingId}`)
    expect(saved.body.feedback).toMatchObject({
      guide: {
        talkedAboutWhatIWanted: 'yes',
        wasHeard: 'partly',
        goalsAndAgreementsAreMine: 'yes',
        rightPeopleWereThere: 'no',
        haveTheOverview: 'yes',
        comment: 'Godt at Lone var med',
      },
      evaluation: { relation: 8, goalsAndTopics: 7, approach: 6, overall: 9 },
    })
    // Opened again, the guide shows what was answered.
    await page.getByRole('button', { name: 'Luk spørgeguiden' }).click()
    await page.getByRole('button', { name: 'Åbn spørgeguiden' }).click()
    await waitFor('the earlier answers', () =>
      form.getByRole('radio', { name: 'Delvist' }).nth(1).isChecked(),
    )
    expect(await form.getByRole('radio', { name: 'Ja' }).first().isChecked()).toBe(true)
  })

  it('updates the follow-up list on the page when an owner reports through their link', async () => {
    const agreement = await withCourseDoc(server, api, courseId, (course) =>
      course.agreements.list().find((a) => a.owner?.kind === 'person' && a.status === 'agreed'),
    )
    const owner = agreement?.owner?.kind === 'person' ? agreement.owner.personId : ''
    const list = page.locator('#followUps')
    await list.getByText('Opdateres af sig selv').waitFor()
    // Listed once, under its most urgent group: changed since seen is its group or said on its line.
    const changed = list.locator(
      `[data-group="changedSinceSeen"] [data-agreement="${agreement!.id}"], [data-agreement="${agreement!.id}"]:has([data-also-in~="changedSinceSeen"])`,
    )
    await list.getByRole('button', { name: 'Jeg har set ændringerne' }).click()
    await waitFor('the list to be marked seen', async () => (await changed.count()) === 0)

    const now = Date.now()
    const link = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: 'ejer',
      personId: owner,
      editFrom: now - 1000,
      editUntil: now + 3_600_000,
    })
    const reported = await new ApiClient(server.url).request(
      'POST',
      `/api/agreements/${courseId}/${agreement!.id}/status?token=${link.body.token}`,
      { to: 'done', note: 'Klaret i går' },
    )
    expect(reported.status).toBe(200)
    await changed.waitFor()
    expect(await changed.getAttribute('data-status')).toBe('done')
    expect(await changed.locator('[data-note]').textContent()).toBe('Note: Klaret i går')
    await screenshotSection('followUps', 'course-views-follow-up')
  })

  it('pauses and resumes the course, and speaks English when asked', async () => {
    await page.getByLabel('Hvorfor sættes forløbet på pause? (valgfrit)').fill('Tilbagefald')
    await page.getByRole('button', { name: 'Sæt forløbet på pause' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /^Forløbet er sat på pause\.$/ })
      .waitFor()
    expect((await lifecycle()).phase).toBe('paused')
    expect(await page.locator('li[aria-current="step"]').textContent()).toMatch(/^Fase 2/)

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Agreement records' }).waitFor()
    await page.getByRole('button', { name: 'Resume the course' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'The course goes on in the phase: Network meetings.' })
      .waitFor()
    expect((await lifecycle()).phase).toBe('networkMeetings')
    await page.getByRole('button', { name: 'Dansk' }).click()
    await page.getByRole('heading', { name: 'Aftalereferater' }).waitFor()
  })

  it('moves the course on to the next phase, with the reason on the timeline', async () => {
    const form = page.getByRole('form', { name: 'Skift fase' })
    // The next phase is offered first.
    expect(await form.getByLabel('Ny fase').inputValue()).toBe('closing')
    await form.getByLabel('Hvorfor (valgfrit)').fill('Jens vil gerne klare sig selv')
    await form.getByRole('button', { name: 'Skift fase' }).click()
    await page.getByRole('status').filter({ hasText: 'Forløbet er nu i fasen: Afslutning.' }).waitFor()
    expect((await lifecycle()).phase).toBe('closing')
    const timeline = page.getByRole('region', { name: 'Forløbet indtil nu' })
    await timeline.getByText('Afslutning – Jens vil gerne klare sig selv', { exact: false }).waitFor()
    // The form now offers the phases the course is not in.
    expect(await form.getByLabel('Ny fase').locator('option').allTextContents()).not.toContain('Afslutning')
  })

  it('shows each held meeting’s registrations and corrects one with a reason, audited', async () => {
    await openSection(page, 'Registreringer')
    const section = page.getByRole('region', { name: 'Registreringer' })
    const table = section.getByRole('table', { name: 'Registreringer pr. møde' })
    expect(await table.getByRole('row').count()).toBeGreaterThan(1)
    const form = section.getByRole('form', { name: 'Ret en registrering' })
    await form.getByLabel('Registrering').selectOption({ label: 'Aftaler skrevet på mødet' })
    await form.getByLabel('Ny værdi').selectOption({ label: 'Delvist' })
    await form.getByRole('button', { name: 'Gem rettelsen' }).click()
    await form.getByRole('alert').filter({ hasText: 'Skriv hvorfor registreringen rettes.' }).waitFor()
    await form.getByLabel('Begrundelse').fill('Aftalerne blev skrevet på papir under mødet')
    await form.getByRole('button', { name: 'Gem rettelsen' }).click()
    await section.getByRole('status').filter({ hasText: 'Rettelsen er gemt.' }).waitFor()
    const corrected = table.locator('tbody tr').last().locator('[data-registration="agreementsAtMeeting"]')
    expect(await corrected.textContent()).toMatch(
      /^Delvist \(rettet; udledt: .+; begrundelse: Aftalerne blev skrevet på papir under mødet\)$/,
    )
    const audit = await api.request<{ entries: { action: string; detail: Record<string, unknown> }[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    expect(audit.body.entries.find((e) => e.action === 'registration.corrected')?.detail).toMatchObject({
      field: 'agreementsAtMeeting',
      value: 'partly',
    })
  })

  it('closes the course only with a named lifeline, saying so in plain words', async () => {
    await openSection(page, 'Afslutning')
    const form = page.getByRole('form', { name: 'Afslut forløbet' })
    await form.getByRole('button', { name: 'Afslut forløbet' }).click()
    await form.getByText('Skriv navnet på borgerens livline.').waitFor()
    expect((await lifecycle()).closure).toBeNull()
    await form.getByLabel('Hvad').fill('Hjemmepleje morgen og aften')
    await form.getByLabel('Hvem giver den').fill('Hjemmeplejen')
    // The lifeline is picked among the people invited to the meetings.
    await form.getByLabel('Fra netværket (valgfrit)').selectOption({ label: 'Lone Madsen' })
    expect(await form.getByLabel('Navn på livlinen').inputValue()).toBe('Lone Madsen')
    await form.getByText('Vælg hvorfor forløbet slutter.').waitFor()
    await form.getByRole('radio', { name: 'Gennemført' }).check()
    await screenshotSection('closing', 'course-views-before-closing')
    await form.getByRole('button', { name: 'Afslut forløbet' }).click()
    await page.getByRole('status').filter({ hasText: 'Forløbet er afsluttet.' }).waitFor()
    expect((await lifecycle()).closure).toMatchObject({
      services: [{ what: 'Hjemmepleje morgen og aften', provider: 'Hjemmeplejen' }],
      lifeline: { name: 'Lone Madsen' },
      reason: { code: 'completed', text: '' },
    })
    expect(await page.locator('#closing [data-closing-reason="completed"]').textContent()).toBe(
      'Årsag: Gennemført',
    )
    // Closed, the page shows what was decided and offers reopening instead of the phase moves.
    const closing = page.locator('#closing')
    expect(await closing.getByText('Hjemmepleje morgen og aften, Hjemmeplejen').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Skift fase' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Genåbn forløbet' }).waitFor()
    await screenshotSection('progress', 'course-views-closed')
    await screenshotSection('closing', 'course-views-closing')
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })
})
