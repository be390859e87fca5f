import type { Agreement } from '@bordenden/model'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withCourseDoc } from '../support/course-editor.ts'
import { waitFor } from '../support/wait.ts'
import { giveSessionCookie } from './boardPage.ts'
import {
  type CitizenDemo,
  citizenAgreement,
  citizenUrl,
  openCitizenPage,
  startCitizenDemo,
} from './citizenPage.ts'

// Between meetings an owner reports on their own agreements through their link, on any day (a network
// person on "Mine aftaler", the citizen on her own page), and the citizen answers the evaluation. The
// coordinator's follow-up list hears of the reports.

let demo: CitizenDemo
let personsOpen: Agreement
let citizensOpen: Agreement

interface FollowUps {
  courses: { changedSinceSeen: { id: string; status: string; lastChange: { note: string } }[] }[]
}

beforeAll(async () => {
  demo = await startCitizenDemo()
  const { server, api, courseId } = demo
  ;[personsOpen, citizensOpen] = await withCourseDoc(server, api, courseId, (course) => [
    course.agreements.list().find((a) => a.owner?.kind === 'person' && a.status === 'agreed')!,
    citizenAgreement(course),
  ])
  await api.request('POST', `/api/follow-ups/${courseId}/seen`)
})
afterAll(() => demo?.stop())

/** Picks a new status and a note for `agreement` on the page and sends it; waits for the list to show it. */
async function report(page: Page, agreement: Agreement, status: string, note: string) {
  const form = page.getByRole('form', { name: `Fortæl om: ${agreement.what}` })
  await form.getByLabel('Ny status').selectOption({ label: status })
  await form.getByLabel(/Kort besked/).fill(note)
  await form.getByRole('button', { name: 'Send' }).click()
  await page
    .locator(`.my-agreements li[data-agreement-id="${agreement.id}"]`)
    .getByText(`“${note}”`)
    .waitFor()
}

async function changedSinceSeen(agreementId: string) {
  const { body } = await demo.api.request<FollowUps>('GET', '/api/follow-ups')
  return body.courses[0]?.changedSinceSeen.find((a) => a.id === agreementId)
}

describe('between meetings, through one’s own link', () => {
  it('lets a network person report on their agreement on "Mine aftaler" a week after the meeting', async () => {
    const { api, courseId, browser } = demo
    const personId = personsOpen.owner?.kind === 'person' ? personsOpen.owner.personId : ''
    const weekAgo = Date.now() - 7 * 86_400_000
    const created = await api.request<{ mineUrl: string | null }>('POST', `/api/courses/${courseId}/links`, {
      label: 'Mødelink',
      kind: 'participant',
      personId,
      editFrom: weekAgo,
      editUntil: weekAgo + 3_600_000,
    })
    expect(created.body.mineUrl).toMatch(`/mine/${courseId}?token=`)
    const page = await browser.newPage('mine-participant')
    await page.goto(created.body.mineUrl!)
    await page.getByRole('heading', { name: 'Mine aftaler – fortæl hvordan det går' }).waitFor()
    // Only their own agreements are listed (once the list has come).
    await page.locator(`.my-agreements li[data-agreement-id="${personsOpen.id}"]`).waitFor()
    const listed = await page
      .locator('.my-agreements li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-agreement-id')))
    expect(listed).toContain(personsOpen.id)
    expect(listed).not.toContain(citizensOpen.id)
    await report(page, personsOpen, 'Forsinket', 'Venter på svar fra jobcentret')
    const seen = await waitFor('the coordinator’s list has the report', () =>
      changedSinceSeen(personsOpen.id),
    )
    expect(seen).toMatchObject({ status: 'delayed', lastChange: { note: 'Venter på svar fra jobcentret' } })
    // A note is needed for "Ændret": the page says so in Danish, and nothing changes.
    const form = page.getByRole('form', { name: `Fortæl om: ${personsOpen.what}` })
    await form.getByLabel('Ny status').selectOption({ label: 'Ændret' })
    await form.getByRole('button', { name: 'Send' }).click()
    await form.getByRole('alert').getByText('Skriv kort, hvad der er ændret.').waitFor()
    expect((await changedSinceSeen(personsOpen.id))?.status).toBe('delayed')
    await browser.screenshot(page, 'mine-participant')
    await page.context().close()
  })

  it('lets the citizen report on her own agreement from her page, read-only as it is', async () => {
    const { server, courseId, token, browser } = demo
    const page = await browser.newPage('citizen-report')
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    await report(page, citizensOpen, 'Udført', 'Har været der to gange')
    const seen = await waitFor('the coordinator’s list has the report', () =>
      changedSinceSeen(citizensOpen.id),
    )
    expect(seen).toMatchObject({ status: 'done', lastChange: { note: 'Har været der to gange' } })
    // The page's own plan, live from the document, no longer lists it among what is still to be done.
    const stillOpen = page.locator('#agreements .agreement-list').getByText(citizensOpen.what)
    await waitFor('the plan takes the done agreement off', async () => (await stillOpen.count()) === 0)
    await page.context().close()
    expect(browser.pageErrors).toEqual([])
    expect(browser.offHostRequests).toEqual([])
  })

  it('lets the citizen answer the evaluation of the last meeting on her phone, apart from the board', async () => {
    const { server, api, courseId, token, browser } = demo
    const page = await browser.newPage('citizen-evaluation')
    await page.setViewportSize({ width: 390, height: 844 })
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    await page.getByRole('button', { name: 'Svar på spørgsmålene om mødet' }).click()
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: /Hvordan var mødet for dig/ }),
    })
    const groups = form.locator('fieldset')
    for (const [index, answer] of ['Ja', 'Delvist', 'Ja', 'Nej', 'Ja'].entries())
      await groups.nth(index).getByRole('radio', { name: answer, exact: true }).check()
    for (const [index, score] of [8, 7, 6, 9].entries())
      await groups
        .nth(5 + index)
        .getByRole('radio', { name: String(score), exact: true })
        .check()
    await form.getByRole('textbox').fill('Rart at min søster var med')
    await form.getByRole('button', { name: 'Gem' }).click()
    await form.getByRole('status').filter({ hasText: 'Gemt.' }).waitFor()
    const evaluation = await fetch(`${server.url}/api/evaluation/${courseId}?token=${token}`)
    const saved = (await evaluation.json()) as { meeting: { id: string }; feedback: unknown }
    expect(saved.feedback).toMatchObject({
      guide: { wasHeard: 'partly', rightPeopleWereThere: 'no', comment: 'Rart at min søster var med' },
      evaluation: { relation: 8, goalsAndTopics: 7, approach: 6, overall: 9 },
    })
    // The coordinator reads the same answers; the shared document never had them.
    const coordinator = await api.request<{ feedback: unknown }>(
      'GET',
      `/api/feedback/${courseId}/${saved.meeting.id}`,
    )
    expect(coordinator.body.feedback).toMatchObject({ guide: { comment: 'Rart at min søster var med' } })
    const inDocument = await withCourseDoc(server, api, courseId, (course) =>
      JSON.stringify(course.doc.toJSON()),
    )
    expect(inDocument).not.toContain('min søster')
    await browser.screenshot(page, 'citizen-evaluation')
    await page.context().close()
  })

  it('takes the citizen’s suggestion onto the next meeting’s agenda once the coordinator accepts it', async () => {
    const { server, api, courseId, token, browser } = demo
    const page = await browser.newPage('citizen-suggestion')
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    const section = page.getByRole('region', { name: 'Til næste møde' })
    await section.getByRole('radio', { name: 'Noget jeg vil tale om' }).check()
    await section.getByLabel('Emnet med dine egne ord').fill('At flytte tættere på min datter')
    await section.getByRole('button', { name: 'Send til koordinatoren' }).click()
    await section.getByRole('listitem').filter({ hasText: 'At flytte tættere på min datter' }).waitFor()

    const coordinator = await browser.newPage('coordinator-suggestions')
    await giveSessionCookie(coordinator, server.url, api.cookie!)
    await coordinator.goto(`${server.url}/?course=${courseId}`)
    const waiting = coordinator.getByRole('region', { name: 'Borgerens forslag til næste møde' })
    const line = waiting.getByRole('listitem').filter({ hasText: 'At flytte tættere på min datter' })
    await line.getByRole('button', { name: 'Tag med på næste møde' }).click()
    await waiting.getByText('Ingen forslag venter.').waitFor()
    const onAgenda = await withCourseDoc(server, api, courseId, (course) =>
      course.agendaItems.list().find((item) => item.title === 'At flytte tættere på min datter'),
    )
    expect(onAgenda).toMatchObject({ section: 'themes' })
    await Promise.all([page.context().close(), coordinator.context().close()])
  })

  it('gives a link without an agreement of its own no page of others’', async () => {
    const { server, api, courseId, browser } = demo
    const viewer = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
      label: 'Seer',
      kind: 'viewer',
    })
    const page = await browser.newPage('mine-viewer')
    await page.goto(`${server.url}/mine/${courseId}?token=${viewer.body.token}`)
    // The server's refusal, in its words: not "try again later", which would never help.
    await page.getByRole('alert').getByText('Det kan du ikke med din adgang').waitFor()
    expect(await page.locator('.my-agreements li').count()).toBe(0)
    await page.context().close()
  })
})
