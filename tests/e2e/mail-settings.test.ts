import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SmtpSink } from '../support/smtp.ts'
import { waitFor } from '../support/wait.ts'
import { artifact, axeViolations, seriousOrCritical } from './citizenPage.ts'
import { type DemoCourse, openDemoCourse } from './coursePage.ts'

/**
 * The course page on a server that sends e-mail: the coordinator sets the course's reminders and the
 * citizen's address, and marking the approved record sent e-mails it to the citizen.
 */

const CITIZEN = 'borger@example.dk'
let sink: SmtpSink
let demo: DemoCourse
let page: Page

beforeAll(async () => {
  sink = await SmtpSink.start()
  demo = await openDemoCourse('mail-settings', {
    SMTP_URL: sink.url,
    MAIL_FROM: 'bordenden@kommune.example',
    MAIL_RETRY_MS: '200',
  })
  page = demo.page
  await page.goto(`${demo.server.url}/?course=${demo.courseId}#mail`)
}, 90_000)
afterAll(async () => {
  await demo?.close()
  await sink?.stop()
})

const settings = async () =>
  (await demo.api.request<{ settings: unknown }>('GET', `/api/mail/${demo.courseId}`)).body.settings

describe('e-mail on the course page', () => {
  it('saves the reminder switch, the lead time and the citizen’s address', async () => {
    const section = page.getByRole('region', { name: 'E-mail' })
    const reminders = section.getByRole('checkbox', { name: /Send påmindelser/ })
    expect(await reminders.isChecked()).toBe(true) // on by default
    await reminders.uncheck()
    await section.getByLabel('Dage før en aftales dato').fill('3')
    await section.getByLabel(/Borgerens e-mail/).fill(CITIZEN)
    await section.getByRole('button', { name: 'Gem' }).click()
    await page.getByRole('status').filter({ hasText: 'E-mailindstillingerne er gemt.' }).waitFor()
    expect(await settings()).toEqual({ reminders: false, daysBefore: 3, citizenEmail: CITIZEN })
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await section.screenshot({ path: artifact('mail-settings.png') })
  })

  it('e-mails the approved record to the citizen when it is marked sent', async () => {
    const records = page.locator(`section[data-meeting="${demo.meetingId}"]`)
    await page.locator('#records').getByText('sender Bordenden det som PDF på e-mail').waitFor()
    await records.getByRole('button', { name: 'Lav aftalereferatet' }).click()
    const draft = records.getByRole('article', {
      name: 'Version 1: Kladde – venter på borgerens godkendelse',
    })
    await draft.getByRole('radio', { name: 'Personligt, efter mødet' }).check()
    await draft.getByRole('button', { name: 'Borgeren har godkendt referatet' }).click()
    const approved = records.getByRole('article', { name: 'Version 1: Godkendt af borgeren' })
    await approved.getByRole('button', { name: 'Markér som sendt' }).click()
    // The demo's network has addresses for some of those ticked: they get it too; the rest are counted.
    const told = page.getByRole('status').filter({ hasText: /Sendt på e-mail til \d+\./ })
    const queued = Number(/til (\d+)\./.exec((await told.textContent()) ?? '')?.[1])
    expect(queued).toBeGreaterThan(0)
    await waitFor('the record in every mailbox', () => sink.messages.length === queued)
    expect(sink.to(CITIZEN)).toHaveLength(1)
    const [mail] = sink.to(CITIZEN)
    expect(mail?.attachments.map((a) => a.contentType)).toEqual(['application/pdf'])
    expect(demo.browser.pageErrors).toEqual([])
    expect(demo.browser.consoleErrors).toEqual([])
  })
})
