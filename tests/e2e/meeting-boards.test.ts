import { addDays, type CourseDoc, dateIn } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestBrowser } from '../support/browser.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import {
  boardUrl,
  giveSessionCookie,
  isReadonly,
  mapOnScreen,
  openBoard,
  panel,
  personCard,
  ringOfCard,
  showBoard,
} from './boardPage.ts'

// The three meeting boards live in three browsers on one course, as at a network meeting: Mette the
// coordinator (signed in, facilitates), Anders a participant (share link, may edit on the meeting day) and
// Jens the citizen (his own link, read-only). The course is the demo course, seeded through the sync
// protocol, so the boards start filled; every check reads what a person sees on the page.

let server: ServerProcess
let browser: TestBrowser
let mette: Page
let anders: Page
let jens: Page
let everyone: Page[]
let courseId: string

function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const canvasSpeaker = (page: Page) => page.locator('.bd-agenda-shape [data-testid="screen-speaker"]')

async function expectSpeakerEverywhere(name: string) {
  for (const page of everyone) await canvasSpeaker(page).filter({ hasText: name }).waitFor()
  expect(await panel(mette).getByTestId('speaker').textContent()).toBe(name)
}

describe('the meeting boards', () => {
  it('opens the demo course for the coordinator, a participant and the citizen, with all three boards', async () => {
    const coordinator = await server.coordinator()
    const { token, ...course } = await server.course('e2e meeting boards')
    courseId = course.courseId
    await withCourseDoc(server, coordinator, courseId, (course) =>
      seedDemoCourse(course, { today: localToday() }),
    )
    const citizenLink = await coordinator.request<{ token: string }>(
      'POST',
      `/api/courses/${courseId}/links`,
      {
        kind: 'citizen',
        label: 'Jens',
      },
    )
    mette = await browser.newPage('mette')
    anders = await browser.newPage('anders')
    jens = await browser.newPage('jens')
    everyone = [mette, anders, jens]
    await giveSessionCookie(mette, server.url, coordinator.cookie ?? '')
    await openBoard(mette, boardUrl(server.url, courseId), 'Mette')
    await openBoard(anders, boardUrl(server.url, courseId, token), 'Anders')
    await openBoard(jens, boardUrl(server.url, courseId, citizenLink.body.token), 'Jens')
    expect(await isReadonly(jens)).toBe(true)

    // The network map is laid out from the model: the citizen in the middle, a card per person, but
    // none for the brother the citizen does not want involved; only the coordinator's panel names him.
    for (const page of everyone) {
      await page.locator('.bd-rings .bd-citizen-name[aria-label="Jens Madsen"]').waitFor()
      await personCard(page, 'Lone Madsen').waitFor()
      expect(await personCard(page, 'Torben Madsen').count()).toBe(0)
    }
    const torben = panel(mette).locator('.bd-person', { hasText: 'Torben Madsen' })
    expect(await torben.getAttribute('data-excluded')).toBe('true')
    for (const page of [anders, jens]) {
      await panel(page).locator('.bd-person', { hasText: 'Lone Madsen' }).waitFor()
      expect(await panel(page).locator('.bd-person', { hasText: 'Torben Madsen' }).count()).toBe(0)
    }
  })

  it('shows a person added on the network map on every screen', async () => {
    const form = panel(anders).getByRole('form', { name: 'Ny person i netværket' })
    await form.getByLabel('Navn').fill('Bente Frivillig')
    await form.getByLabel('Relation eller rolle').fill('Besøgsven')
    await form.getByLabel('Sektor').selectOption({ label: 'Civilsamfund' })
    await form.getByLabel('Hvor tæt på').selectOption({ label: 'Tættest på' })
    await form.getByRole('button', { name: 'Tilføj' }).click()
    for (const page of everyone) {
      await personCard(page, 'Bente Frivillig').waitFor()
      await panel(page).locator('.bd-person', { hasText: 'Bente Frivillig' }).waitFor()
    }
    await browser.screenshot(jens, 'meeting-boards-network-citizen')
  })

  it('changes closeness by dragging a card to another ring, and moves the card when the form changes it', async () => {
    const card = await personCard(anders, 'Bente Frivillig').boundingBox()
    if (!card) throw new Error('no card')
    const from = { x: card.x + card.width / 2, y: card.y + card.height / 2 }
    const { centre, edges } = await mapOnScreen(anders)
    // Straight outwards, into the middle of the outer ring.
    const scale = (edges.middle + edges.outer) / 2 / Math.hypot(from.x - centre.x, from.y - centre.y)
    const to = { x: centre.x + (from.x - centre.x) * scale, y: centre.y + (from.y - centre.y) * scale }
    await anders.mouse.move(from.x, from.y)
    await anders.mouse.down()
    await anders.mouse.move(to.x, to.y, { steps: 10 })
    await expect.poll(() => ringOfCard(anders, 'Bente Frivillig')).toBe('outer')
    await anders.mouse.up()
    // The dragged card stays selected, and the panel shows its form; Escape lets go of it.
    await panel(anders).getByRole('form', { name: 'Ret person' }).waitFor()
    await anders.keyboard.press('Escape')
    for (const page of everyone) {
      await panel(page)
        .locator('.bd-person', { hasText: 'Bente Frivillig' })
        .filter({ hasText: 'Længere væk' })
        .waitFor()
      await expect.poll(() => ringOfCard(page, 'Bente Frivillig')).toBe('outer')
    }

    const onMettes = await personCard(mette, 'Bente Frivillig').boundingBox()
    if (!onMettes) throw new Error('no card')
    await mette.mouse.click(onMettes.x + onMettes.width / 2, onMettes.y + onMettes.height / 2)
    const form = panel(mette).getByRole('form', { name: 'Ret person' })
    await form.getByLabel('Hvor tæt på').selectOption({ label: 'I midten' })
    await form.getByRole('button', { name: 'Gem' }).click()
    for (const page of everyone) await expect.poll(() => ringOfCard(page, 'Bente Frivillig')).toBe('middle')
  })

  it('a bad entry gets a clear refusal and keeps what was typed', async () => {
    // Contact details are the coordinator's to write (a participant's form has no such field).
    const form = panel(mette).getByRole('form', { name: 'Ny person i netværket' })
    await form.getByLabel('Navn').fill('Ida Ingen Mail')
    await form.getByLabel('E-mail').fill('ikke en adresse')
    await form.getByRole('button', { name: 'Tilføj' }).click()
    await form.getByRole('alert').filter({ hasText: 'Ikke gemt' }).filter({ hasText: 'e-mail' }).waitFor()
    expect(await form.getByLabel('Navn').inputValue()).toBe('Ida Ingen Mail')
    expect(await personCard(anders, 'Ida Ingen Mail').count()).toBe(0)
    await form.getByRole('button', { name: 'Annullér' }).click()
  })

  it('changes closeness when a card is moved with the arrow keys, as when it is dragged', async () => {
    const card = await personCard(mette, 'Bente Frivillig').boundingBox()
    if (!card) throw new Error('no card')
    await mette.mouse.click(card.x + card.width / 2, card.y + card.height / 2)
    await panel(mette).getByRole('form', { name: 'Ret person' }).waitFor()
    // Bente sits in Civilsamfund, to the right of the citizen: rightwards is outwards.
    for (let press = 0; press < 40 && (await ringOfCard(mette, 'Bente Frivillig')) !== 'outer'; press++)
      await mette.keyboard.press('Shift+ArrowRight')
    expect(await ringOfCard(mette, 'Bente Frivillig')).toBe('outer')
    for (const page of everyone)
      await panel(page)
        .locator('.bd-person', { hasText: 'Bente Frivillig' })
        .filter({ hasText: 'Længere væk' })
        .waitFor()
    await mette.keyboard.press('Escape')
  })

  it("keeps contact details and consent with the coordinator: her form saves them, a participant's has none", async () => {
    const openForm = async (page: Page) => {
      const card = await personCard(page, 'Lone Madsen').boundingBox()
      if (!card) throw new Error('no card')
      await page.mouse.click(card.x + card.width / 2, card.y + card.height / 2)
      const form = panel(page).getByRole('form', { name: 'Ret person' })
      await form.waitFor()
      return form
    }
    const form = await openForm(mette)
    expect(await form.getByLabel('Telefon').inputValue()).toBe('20 45 67 89')
    await form.getByLabel('Telefon').fill('12 34 56 78')
    await form.getByRole('button', { name: 'Gem' }).click()
    await mette.keyboard.press('Escape')

    const theirs = await openForm(anders)
    expect(await theirs.getByLabel('Navn').inputValue()).toBe('Lone Madsen')
    for (const field of ['Telefon', 'E-mail', 'Samtykke til deling af oplysninger'])
      expect(await theirs.getByLabel(field).count(), field).toBe(0)
    await anders.keyboard.press('Escape')

    // Kept on the server, for coordinators only.
    const phoneOf = (course: CourseDoc) =>
      course.people.list().find((p) => p.name === 'Lone Madsen')?.contact.phone
    await waitFor('the phone stored', async () => {
      const stored = await withCourseDoc(server, await server.coordinator(), courseId, phoneOf)
      return stored === '12 34 56 78'
    })
    expect(await anders.content()).not.toContain('12 34 56 78')
  })

  it('takes someone the citizen no longer wants involved off the planned meeting', async () => {
    const card = await personCard(mette, 'Rikke Bech').boundingBox()
    if (!card) throw new Error('no card')
    await mette.mouse.click(card.x + card.width / 2, card.y + card.height / 2)
    const form = panel(mette).getByRole('form', { name: 'Ret person' })
    await form.getByLabel('Borgeren ønsker ikke personen inddraget').check()
    await form.getByText('Personen tages af listen over inviterede').waitFor()
    await form.getByRole('button', { name: 'Gem' }).click()
    // She leaves every map, and every link holder's list; the coordinator's panel keeps her, flagged.
    for (const page of everyone) await personCard(page, 'Rikke Bech').waitFor({ state: 'detached' })
    await panel(mette).locator('.bd-person[data-excluded="true"]', { hasText: 'Rikke Bech' }).waitFor()
    for (const page of [anders, jens])
      await panel(page).locator('.bd-person', { hasText: 'Rikke Bech' }).waitFor({ state: 'detached' })
    await mette.keyboard.press('Escape')
    await browser.screenshot(mette, 'meeting-boards-network-coordinator')
    for (const page of everyone) await showBoard(page, 'Dagsorden')
    for (const page of everyone) {
      const attendance = panel(page).getByRole('region', { name: 'Fremmøde' })
      await attendance.getByText('Lone Madsen').waitFor()
      expect(await attendance.getByText('Rikke Bech').count()).toBe(0)
    }
  })

  it('keeps the agenda, its frame and the round order the citizen’s to change', async () => {
    const agenda = panel(mette).getByRole('region', { name: 'Dagsorden' })
    // The frame agreed with the citizen is in front of the facilitator.
    await agenda.locator('.bd-frame', { hasText: 'Broren Torben' }).waitFor()
    // Preparing with the citizen: how long, when to pause.
    await panel(mette).getByText('Forberedelse').click()
    const frame = panel(mette).getByRole('form', { name: 'Ret mødet' })
    await frame.getByLabel('Mødets længde i minutter').fill('120')
    await frame.getByLabel('Pauser').fill('Pause efter en time')
    await frame.getByRole('button', { name: 'Gem' }).click()
    for (const page of everyone)
      await panel(page).getByText('Mødets længde: 120 min. · Pauser: Pause efter en time').waitFor()

    // A theme the citizen thought of since: added, moved before the last theme, and taken off again.
    await agenda.getByRole('button', { name: 'Ret dagsordenen' }).click()
    const item = agenda.getByRole('form', { name: 'Nyt punkt på dagsordenen' })
    await item.getByLabel('Punkt eller tema').fill('Julen hos Lone')
    await item.getByLabel('Minutter (kan stå tomt)').fill('15')
    await item.getByRole('button', { name: 'Tilføj' }).click()
    const onScreen = (page: Page) => page.locator('.bd-agenda-shape .bd-screen-agenda li')
    await onScreen(jens).filter({ hasText: 'Julen hos Lone' }).waitFor()
    await agenda.getByRole('button', { name: 'Flyt op: Julen hos Lone' }).click()
    for (const page of everyone)
      await expect
        .poll(async () => (await onScreen(page).allTextContents()).slice(3, 6))
        .toEqual(['Kolonihaven til foråret', 'Julen hos Lone', 'Tandpine – Jens har ondt i en tand'])
    await agenda.getByRole('button', { name: 'Fjern: Julen hos Lone' }).click()
    for (const page of everyone) await expect.poll(() => onScreen(page).count()).toBe(7)
    await agenda.getByRole('button', { name: 'Ret dagsordenen' }).click()
    expect(await agenda.getByRole('button', { name: /^Flyt op/ }).count()).toBe(0)

    // Erik speaks before Kim in this meeting's round.
    const attendance = panel(mette).getByRole('region', { name: 'Fremmøde' })
    await attendance.getByRole('button', { name: 'Flyt op: Erik Holm' }).click()
    const order = async () =>
      (await panel(jens).getByRole('region', { name: 'Fremmøde' }).locator('li').allTextContents()).map(
        (line) => line.split(':')[0],
      )
    await expect
      .poll(order)
      .toEqual([
        'Mette Kragh (Mødeleder)',
        'Lone Madsen',
        'Erik Holm',
        'Kim Lauridsen',
        'Hanne Østergaard',
        'Anders Nygaard',
      ])
  })

  it('runs the dialogue process through a theme, turn by turn, for everyone', async () => {
    const agenda = panel(mette).getByRole('region', { name: 'Dagsorden' })
    // Preparing with the citizen: Bente, new in the network, is invited, and everyone sees it.
    await panel(mette).getByRole('region', { name: 'Inviterede' }).getByLabel('Bente Frivillig').check()
    for (const page of everyone)
      await panel(page).getByRole('region', { name: 'Fremmøde' }).getByText('Bente Frivillig').waitFor()
    await agenda.getByRole('button', { name: 'Start mødet' }).click()
    const attendance = panel(mette).getByRole('region', { name: 'Fremmøde' })
    await attendance.getByLabel('Lone Madsen', { exact: true }).selectOption({ label: 'Til stede' })
    await attendance.getByLabel('Kim Lauridsen', { exact: true }).selectOption({ label: 'Til stede' })
    await attendance.getByLabel('Erik Holm', { exact: true }).selectOption({ label: 'Til stede' })

    const theme = 'Hvordan går det med at drikke mindre?'
    await agenda.getByRole('button', { name: `Gå til: ${theme}` }).click()
    for (const page of everyone)
      await page.locator('.bd-agenda-shape [data-testid="current-item"]', { hasText: theme }).waitFor()

    await panel(mette).getByRole('button', { name: 'Start dialogen' }).click()
    await expectSpeakerEverywhere('Jens Madsen')
    expect(await panel(mette).getByTestId('next-speaker').textContent()).toBe('Lone Madsen')
    const next = panel(mette).getByRole('button', { name: 'Giv ordet videre' })
    for (const speaker of ['Lone Madsen', 'Erik Holm', 'Kim Lauridsen']) {
      await next.click()
      await expectSpeakerEverywhere(speaker)
    }
    // The last in the round has the floor: next, it goes back to the citizen, who responds.
    expect(await panel(mette).getByTestId('next-speaker').textContent()).toBe('Jens Madsen')
    for (const page of everyone)
      await page
        .locator('.bd-agenda-shape .bd-screen-next', { hasText: 'Jens Madsen (borgeren svarer)' })
        .waitFor()
    await browser.screenshot(anders, 'meeting-boards-agenda-participant')
    await next.click()
    await expectSpeakerEverywhere('Jens Madsen')
    for (const page of everyone)
      await page
        .locator('.bd-agenda-shape .bd-phases [aria-current="step"]', { hasText: 'Borgeren svarer' })
        .waitFor()
    expect(await panel(mette).getByTestId('next-speaker').textContent()).toBe('Alle sammen')
    await panel(mette).getByRole('button', { name: 'Videre til aftaler' }).click()
    await expectSpeakerEverywhere('Alle sammen')
    // Making the agreements together is the theme's last step: nobody is "next".
    for (const page of everyone) expect(await page.locator('.bd-screen-next').count()).toBe(0)
    expect(await panel(mette).getByTestId('next-speaker').count()).toBe(0)
    // The citizen's screen has no facilitator controls.
    expect(await panel(jens).getByRole('button', { name: 'Giv ordet videre' }).count()).toBe(0)
  })

  it('marks only open agreements past their date as overdue', async () => {
    for (const page of everyone) await showBoard(page, 'Mål og aftaler')
    const cards = jens.locator('.bd-agreement-card .bd-agreement')
    await cards.first().waitFor()
    // The demo has one overdue agreement, and done and abandoned ones whose dates have passed.
    const overdue = cards.and(jens.locator('[data-overdue="true"]'))
    await expect.poll(() => overdue.count()).toBe(1)
    expect(await overdue.getAttribute('data-status')).not.toMatch(/done|abandoned/)
    expect(await overdue.locator('.bd-badge', { hasText: 'Over fristen' }).count()).toBe(1)
    expect(await overdue.textContent()).toContain('fristen var')
    for (const status of ['done', 'abandoned']) {
      const settled = cards.and(jens.locator(`[data-status="${status}"]`))
      expect(await settled.count()).toBeGreaterThan(0)
      for (const text of await settled.allTextContents()) {
        expect(text).not.toContain('fristen var')
        expect(text).toContain('frist ')
      }
    }
  })

  it('shows a goal written in the form on the canvas of every screen', async () => {
    const form = panel(mette).getByRole('form', { name: 'Nyt mål' })
    await form.getByLabel('Målet med borgerens egne ord').fill('Jeg vil sove bedre om natten')
    await form.getByLabel('Livsområde').selectOption({ label: 'Sundhed og helbred' })
    await form.getByRole('button', { name: 'Tilføj' }).click()
    for (const page of everyone)
      await page
        .locator('.bd-goal-column', { hasText: 'Jeg vil sove bedre om natten' })
        .filter({ hasText: 'Sundhed og helbred' })
        .waitFor()
  })

  it('shows a goal and an agreement made on the canvas in the list, flagged while incomplete, and back', async () => {
    const adder = anders.locator('.bd-goal-adder')
    await adder.locator('input[name="quick-goal"]').fill('Jeg vil cykle til kolonihaven')
    await adder.getByRole('button', { name: 'Tilføj' }).click()
    const column = anders.locator('.bd-goal-column', { hasText: 'Jeg vil cykle til kolonihaven' })
    await column.locator('input[name="quick-agreement"]').fill('Finde en brugt cykel')
    await column.getByRole('button', { name: 'Tilføj' }).click()

    // In the list beside the canvas on the coordinator's screen, marked as incomplete everywhere.
    const listed = panel(mette).getByRole('region', { name: 'Jeg vil cykle til kolonihaven' })
    const quick = listed.locator('.bd-agreement', { hasText: 'Finde en brugt cykel' })
    await quick.waitFor()
    expect(await quick.locator('.bd-missing').textContent()).toBe('Mangler: hvem, hvornår')
    for (const page of everyone) {
      const card = page.locator('.bd-agreement-card .bd-agreement', { hasText: 'Finde en brugt cykel' })
      await card.locator('.bd-missing', { hasText: 'Mangler: hvem, hvornår' }).waitFor()
      expect(await card.getAttribute('data-incomplete')).toBe('true')
    }

    // Dragged onto another goal's column, the agreement serves that goal.
    const from = await anders.locator('.bd-agreement-card', { hasText: 'Finde en brugt cykel' }).boundingBox()
    const to = await anders.locator('.bd-goal-column', { hasText: 'Jeg vil se mere til Lone' }).boundingBox()
    if (!from || !to) throw new Error('card or column not on screen')
    await anders.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await anders.mouse.down()
    await anders.mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 10 })
    // Let go once the card is seen over the column, as a person would.
    await expect
      .poll(async () => {
        const card = await anders
          .locator('.bd-agreement-card', { hasText: 'Finde en brugt cykel' })
          .boundingBox()
        return card !== null && card.x + card.width / 2 > to.x && card.x + card.width / 2 < to.x + to.width
      })
      .toBe(true)
    await anders.mouse.up()
    await anders.keyboard.press('Escape')
    await panel(mette)
      .getByRole('region', { name: 'Jeg vil se mere til Lone' })
      .locator('.bd-agreement', { hasText: 'Finde en brugt cykel' })
      .waitFor()
    expect(await quick.count()).toBe(0)

    // And the other way: made in the coordinator's form, it appears as a complete card on the canvas.
    const form = panel(mette).getByRole('form', { name: 'Ny aftale' })
    await form.getByLabel('Hvad er aftalt').fill('Erik tjekker cyklens bremser')
    await form.getByLabel('Hvem gør det').selectOption({ label: 'Erik Holm (Ven fra kolonihaven)' })
    await form.getByLabel('Hvornår', { exact: true }).fill(addDays(dateIn(), 30))
    await form.getByLabel('Mål', { exact: true }).selectOption({ label: 'Jeg vil cykle til kolonihaven' })
    await form.getByRole('button', { name: 'Tilføj' }).click()
    for (const page of everyone) {
      const card = page.locator('.bd-agreement-card .bd-agreement', {
        hasText: 'Erik tjekker cyklens bremser',
      })
      await card.waitFor()
      expect(await card.getAttribute('data-incomplete')).toBe('false')
      expect(await card.textContent()).toContain('Erik Holm')
    }
    // Selecting the flagged card opens it in the form; given who and when, it is flagged nowhere.
    const flagged = await mette
      .locator('.bd-agreement-card', { hasText: 'Finde en brugt cykel' })
      .boundingBox()
    if (!flagged) throw new Error('no card')
    await mette.mouse.click(flagged.x + flagged.width / 2, flagged.y + flagged.height / 2)
    const edit = panel(mette).getByRole('form', { name: 'Ret aftale' })
    await edit.getByLabel('Hvem gør det').selectOption({ label: 'Jens Madsen' })
    await edit.getByLabel('Hvornår', { exact: true }).fill(addDays(dateIn(), 20))
    await edit.getByLabel('Status', { exact: true }).selectOption({ label: 'I gang' })
    await edit.getByLabel('Note til statusændringen').fill('Erik har set en i avisen')
    await edit.getByRole('button', { name: 'Gem' }).click()
    for (const page of everyone) {
      const card = page.locator('.bd-agreement-card .bd-agreement', { hasText: 'Finde en brugt cykel' })
      await card.and(page.locator('[data-incomplete="false"]')).waitFor()
      expect(await card.textContent()).toContain('Jens Madsen')
    }
    // Its history says who changed the status, when and why.
    await mette.mouse.click(flagged.x + flagged.width / 2, flagged.y + flagged.height / 2)
    const history = panel(mette).getByRole('region', { name: 'Ændringer af status' })
    await history.locator('li').nth(1).waitFor()
    const changes = await history.locator('li').allTextContents()
    expect(changes[0]).toContain('Anders (deltager)')
    expect(changes[0]).toContain('Aftalt')
    expect(changes[1]).toContain('Mette (koordinator)')
    expect(changes[1]).toContain('Aftalt → I gang: “Erik har set en i avisen”')
    await browser.screenshot(mette, 'meeting-boards-goals-coordinator')
    await mette.keyboard.press('Escape')
  })

  it('has a meeting mode with the current item and the turn in large type', async () => {
    await panel(mette).getByRole('button', { name: 'Mødevisning' }).click()
    const screen = mette.getByRole('dialog', { name: 'Mødevisning' })
    // The meeting view opens on the board on screen (the goals); the agenda is one button away.
    await screen.getByRole('button', { name: 'Dagsorden', exact: true }).click()
    await screen
      .getByTestId('current-item')
      .filter({ hasText: 'Hvordan går det med at drikke mindre?' })
      .waitFor()
    await screen.getByTestId('screen-speaker').filter({ hasText: 'Alle sammen' }).waitFor()
    await browser.screenshot(mette, 'meeting-boards-meeting-mode')
    await mette.keyboard.press('Escape')
    await screen.waitFor({ state: 'detached' })
  })

  it('loaded nothing from any host but the server, and no page threw', () => {
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })
})
