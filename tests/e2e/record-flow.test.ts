import { readFileSync } from 'node:fs'
import { addDays, createAgreement, dateIn } from '@bordenden/model'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import type { TestBrowser } from '../support/browser.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import type { ServerProcess } from '../support/server.ts'
import { artifact, axeViolations, seriousOrCritical } from './citizenPage.ts'
import { type DemoCourse, openDemoCourse, openSection } from './coursePage.ts'

/**
 * The agreement record on the course page, as a coordinator handles it after a meeting: freeze it,
 * note the citizen's approval given in person, mark it sent to the participants chosen, copy and
 * download the journal text, open the printable page; then a correction on the board becomes version 2,
 * which says what changed.
 */

interface StoredRecord {
  id: string
  version: number
  status: string
  approvalMethod: string | null
  sentTo: string[]
  changes: { text: string }[]
  content: { course: { citizenName: string }; meeting: { attendance: { name: string; present: boolean }[] } }
}

let demo: DemoCourse
let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string
let meetingId: string
let meetingDate: string
let page: Page
let records: Locator

beforeAll(async () => {
  demo = await openDemoCourse('record-flow')
  ;({ server, browser, api, courseId, meetingId, page } = demo)
  // The demo's days are offsets from the day it was made: take the meeting's date from the course itself.
  meetingDate = await withCourseDoc(
    server,
    api,
    courseId,
    (course) => course.meetings.get(meetingId)?.date ?? '',
  )
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
  await page.goto(`${server.url}/?course=${courseId}`)
  records = page.locator(`section[data-meeting="${meetingId}"]`)
  await records.waitFor()
}, 90_000)
afterAll(() => demo?.close())

/** A due date as the record shows it: "20. december", with the year only when not the meeting's year. */
const shownDate = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', {
    day: 'numeric',
    month: 'long',
    year: iso.slice(0, 4) === meetingDate.slice(0, 4) ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(iso))
const storedRecords = async () =>
  (await api.request<{ records: StoredRecord[] }>('GET', `/api/records/${courseId}`)).body.records
const announced = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor()
const version = (n: number, state: string) => records.getByRole('article', { name: `Version ${n}: ${state}` })
const screenshotRecords = (name: string) =>
  page.locator('#records').screenshot({ path: artifact(`${name}.png`) })
const journalText = async (recordId: string) =>
  (
    await fetch(`${server.url}/api/records/${courseId}/${recordId}/journal.txt`, {
      headers: { cookie: api.cookie ?? '' },
    })
  ).text()

describe('the agreement record on the course page', () => {
  let v1: StoredRecord

  it('freezes the meeting’s record as a draft that waits for the citizen', async () => {
    await records.getByRole('button', { name: 'Lav aftalereferatet' }).click()
    await announced('Version 1 er lavet. Den venter på borgerens godkendelse.')
    await version(1, 'Kladde – venter på borgerens godkendelse').waitFor()
    const stored = await storedRecords()
    expect(stored.map((r) => [r.version, r.status])).toEqual([[1, 'draft']])
    v1 = stored[0]!
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
  })

  it('notes the citizen’s approval in person, and not before a way is chosen', async () => {
    const draft = version(1, 'Kladde – venter på borgerens godkendelse')
    const approve = draft.getByRole('button', { name: 'Borgeren har godkendt referatet' })
    await approve.press('Enter')
    await draft
      .getByRole('alert')
      .filter({ hasText: 'Vælg, hvordan borgeren godkendte referatet.' })
      .waitFor()
    expect((await storedRecords())[0]?.status).toBe('draft')

    await draft.getByRole('radio', { name: 'På mødet' }).focus()
    await page.keyboard.press('ArrowDown') // radios: the arrow moves on to "in person" and chooses it
    expect(await draft.getByRole('radio', { name: 'Personligt, efter mødet' }).isChecked()).toBe(true)
    await approve.press('Enter')
    await announced('Version 1 er godkendt af borgeren.')
    const approved = version(1, 'Godkendt af borgeren')
    expect(await approved.textContent()).toMatch(/Godkendt af borgeren .+ \(personligt, efter mødet\)/)
    expect(await storedRecords()).toMatchObject([{ status: 'approved', approvalMethod: 'inPerson' }])
    await screenshotRecords('record-flow-approved')
  })

  it('marks it sent to the participants chosen, the citizen and those present ticked to begin with', async () => {
    const approved = version(1, 'Godkendt af borgeren')
    const citizen = v1.content.course.citizenName
    const attendance = v1.content.meeting.attendance
    const present = (name: string) => attendance.find((a) => a.name === name)?.present
    expect([present('Lone Madsen'), present('Erik Holm'), present('Hanne Østergaard')]).toEqual([
      false,
      true,
      true,
    ])
    expect(await approved.getByRole('checkbox', { name: `${citizen} (borgeren)` }).isChecked()).toBe(true)
    await approved.getByRole('checkbox', { name: 'Erik Holm' }).uncheck()
    await approved.getByRole('checkbox', { name: 'Hanne Østergaard' }).uncheck()
    await approved.getByRole('checkbox', { name: 'Lone Madsen (ikke til stede)' }).check()
    await approved.getByRole('button', { name: 'Markér som sendt' }).click()
    await announced('Version 1 er markeret som sendt.')

    const expected = [
      citizen,
      ...attendance
        .filter(
          (a) =>
            (a.present && a.name !== 'Erik Holm' && a.name !== 'Hanne Østergaard') ||
            a.name === 'Lone Madsen',
        )
        .map((a) => a.name),
    ]
    expect(await storedRecords()).toMatchObject([{ status: 'sent', sentTo: expected }])
    expect(await version(1, 'Sendt').textContent()).toContain(`til ${expected.join(', ')}`)
    await screenshotRecords('record-flow-sent')
  })

  it('copies the journal text to the clipboard, downloads it as a file and opens the printable page', async () => {
    const sent = version(1, 'Sendt')
    const text = await journalText(v1.id)
    expect(text).toContain(`Godkendt af ${v1.content.course.citizenName}`)
    expect(text).toContain('Sendt ')

    await sent.getByRole('button', { name: 'Kopiér journaltekst' }).click()
    await sent.getByRole('status').filter({ hasText: 'Journalteksten er kopieret.' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sent.getByRole('link', { name: 'Hent som tekstfil' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`aftalereferat-${meetingDate}-v1.txt`)
    expect(readFileSync(await download.path(), 'utf8')).toBe(text)

    const [print] = await Promise.all([
      page.context().waitForEvent('page'),
      sent.getByRole('link', { name: 'Åbn til udskrift (åbner i en ny fane)' }).click(),
    ])
    await print.waitForLoadState()
    expect(await print.locator('h1').textContent()).toContain('Aftalereferat')
    await print.close()
  })

  it('makes version 2 from the corrected board and says in plain words what changed', async () => {
    // Due dates ahead of today (on the tests' clock) and on days no demo agreement is due.
    const newDue = addDays(dateIn(), 18)
    const callDue = addDays(dateIn(), 16)
    const changed = await withCourseDoc(server, api, courseId, (course) => {
      const agreement = course.agreements.list().find((a) => a.meetingId === meetingId && a.dueDate !== null)
      if (!agreement) throw new Error('the meeting has no agreement with a due date')
      course.agreements.update(agreement.id, { dueDate: newDue }, 'user:test')
      createAgreement(
        course,
        { what: 'Ringe til Lone om julen', owner: { kind: 'citizen' }, dueDate: callDue, meetingId },
        'user:test',
      )
      return agreement.what
    })
    await records.getByRole('button', { name: 'Lav en ny version fra tavlen' }).click()
    await announced('Version 2 er lavet. Den venter på borgerens godkendelse.')
    const v2 = version(2, 'Kladde – venter på borgerens godkendelse')
    // The new version's card starts afresh: nothing of version 1's copying carries over.
    expect(await v2.getByText('Journalteksten er kopieret.').count()).toBe(0)
    const changes = v2.getByRole('region', { name: 'Ændret siden version 1' })
    const shown = await changes.getByRole('listitem').allTextContents()
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    expect(shown).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Ny aftale: “Ringe til Lone om julen” \\(.+, senest ${escaped(shownDate(callDue))}\\)$`),
      ),
    )
    expect(shown).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Aftalen “${escaped(changed)}”: dato ændret fra .+ til ${escaped(shownDate(newDue))}$`),
      ),
    )
    const stored = await storedRecords()
    expect(shown).toEqual(stored.find((r) => r.version === 2)?.changes.map((c) => c.text))

    // The sent version stays as it was, one click away.
    await records.getByText('Tidligere versioner (1)').click()
    await version(1, 'Sendt').waitFor()
    await screenshotRecords('record-flow-version-2')

    await records.getByRole('button', { name: 'Opdatér kladden fra tavlen' }).click()
    await announced('Intet er ændret på tavlen siden version 2.')
    expect((await storedRecords()).map((r) => [r.version, r.status])).toEqual([
      [2, 'draft'],
      [1, 'sent'],
    ])
    const timeline = page.getByRole('region', { name: 'Forløbet indtil nu' })
    expect(await timeline.getByText('Referatet blev sendt').count()).toBe(1)
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })

  it('says, in the records and in the e-mail settings, that this server sends no e-mail', async () => {
    const notSetUp = 'E-mail er ikke sat op på serveren'
    await page.locator('#records').getByText(notSetUp).waitFor()
    await openSection(page, 'E-mail') // closed until asked for
    await page.getByRole('region', { name: 'E-mail' }).getByText(notSetUp).waitFor()
    expect(await page.getByRole('checkbox', { name: /påmindelser/ }).count()).toBe(0)
  })
})
