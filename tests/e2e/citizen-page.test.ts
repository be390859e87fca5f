import { CourseDoc, isOpen, startOfDay } from '@bordenden/model'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import type { TestBrowser } from '../support/browser.ts'
import { latestClosedMeeting, participantAccess, withCourseDoc } from '../support/course-editor.ts'
import type { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'
import { giveSessionCookie } from './boardPage.ts'
import {
  artifact,
  axeViolations,
  type CitizenDemo,
  citizenAgreement,
  citizenUrl,
  focused,
  mapTextProblems,
  openCitizenPage,
  seriousOrCritical,
  startCitizenDemo,
} from './citizenPage.ts'

// The citizen's own page, opened through their read-only link: the demo course (Jens Madsen) in plain
// language, live, on a phone and a desktop. Paper: citizen-print.test.ts.

let demo: CitizenDemo | undefined
let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string
let token: string
let recordId: string
let expected: CourseDoc

/** The coordinator's side of the table: a sync client through an editing link. */
async function editorClient(): Promise<YjsClient> {
  const client = connectYjsClient(await participantAccess(server, api, courseId))
  await client.synced()
  return client
}

beforeAll(async () => {
  demo = await startCitizenDemo()
  ;({ server, browser, api, courseId, token, expected } = demo)
  const meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
  const frozen = await api.request<{ record: { id: string } }>('POST', `/api/records/${courseId}`, {
    meetingId,
  })
  recordId = frozen.body.record.id
})

afterAll(async () => {
  await demo?.stop()
})

async function newCitizenPage(name: string, e2e = false): Promise<Page> {
  const page = await browser.newPage(name)
  await openCitizenPage(page, citizenUrl(server.url, courseId, token, e2e))
  return page
}

describe('the citizen page', () => {
  it('shows the goals, who does what, the network, the next meeting and the record in plain Danish', async () => {
    const page = await browser.newPage('citizen-desktop')
    const loaded: string[] = []
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname))
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    expect(await page.locator('h1').textContent()).toBe('Min plan')
    expect(await page.title()).toBe('Min plan – Bordenden')
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
    expect(headings).toEqual([
      'Mine mål',
      'Hvem gør hvad – og hvornår',
      'Mit netværk',
      'Næste møde',
      'Det har vi aftalt',
      'Sådan har du det',
      'Mine aftaler – fortæl hvordan det går',
      'Til næste møde',
      'Hvordan var mødet?',
    ])
    for (const goal of expected.goals.list().filter((g) => g.status !== 'dropped')) {
      await page.locator('#goals').getByText(goal.text).waitFor()
    }
    const agreements = page.locator('#agreements')
    for (const agreement of expected.agreements.list().filter(isOpen)) {
      expect(await agreements.getByText(agreement.what || '…', { exact: true }).count()).toBe(1)
    }
    expect(await agreements.getByRole('heading', { level: 3 }).first().textContent()).toBe(
      'Dig (Jens Madsen)',
    )
    expect(
      await agreements.getByText(/^inden \p{L}+dag (den )?\d+\. \p{L}+( \d{4})?/iu).count(),
    ).toBeGreaterThan(0)
    const map = page.getByRole('img', { name: /Tegning af dit netværk med \d+ personer/ })
    await map.waitFor()
    expect(await map.locator('.person-point').count()).toBe(
      expected.people.list().filter((p) => !p.excludedByCitizen).length,
    )
    // Every name in the drawing is at least 16 px, inside it and clear of the others; sectors in plain words.
    expect(await mapTextProblems(map, 16)).toEqual([])
    const mapText = await map.textContent()
    expect(mapText).toContain('Folk fra')
    expect(mapText).not.toMatch(/Civilsamfund|Kommunale fagpersoner/)
    const next = expected.meetings.list().find((m) => m.status === 'planned')!
    await page.locator('#meeting').getByText(next.place).waitFor()
    // The record says what was agreed: deadlines as agreed, what is done as done, the citizen as "Dig".
    const record = page.locator('#record')
    await record.getByText('Referatet venter på dig').waitFor()
    const ownAgreement = record.locator('li').filter({ hasText: citizenAgreement(expected).what })
    expect(await ownAgreement.locator('strong').textContent()).toBe('Dig:')
    expect(await ownAgreement.locator('.due').textContent()).toMatch(
      /^inden \p{L}+dag (den )?\d+\. \p{L}+( \d{4})?$/iu,
    )
    expect(await record.locator('li[data-status="done"]').first().textContent()).toContain('✓ Det er klaret')
    await record.getByText('Det blev ikke til noget').waitFor()
    expect(await record.getByText(/fristen var/i).count()).toBe(0)
    expect(await record.getByText('Jens Madsen:').count()).toBe(0)
    await page.getByRole('button', { name: 'Godkend' }).waitFor()
    const phone = page.getByRole('link', { name: '44 10 20 30' })
    expect(await phone.getAttribute('href')).toBe('tel:44102030')
    // Only the citizen page's own bundle: not the board's (tldraw) nor its fonts; no test hook without ?e2e.
    const scripts = loaded.filter((p) => p.endsWith('.js'))
    expect(scripts.some((p) => p.startsWith('/assets/citizen-'))).toBe(true)
    expect(scripts.filter((p) => p.startsWith('/assets/board-'))).toEqual([])
    expect(loaded.filter((p) => p.endsWith('.woff2'))).toEqual([])
    const bundled = await Promise.all(scripts.map(async (p) => (await fetch(`${server.url}${p}`)).text()))
    expect(bundled.filter((code) => code.includes('tldraw'))).toEqual([])
    expect(await page.evaluate(() => '__bordendenCitizenCourse' in window)).toBe(false)
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px')

    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await page.getByRole('button', { name: 'Vis som liste' }).click()
    await page.getByRole('heading', { name: 'Tættest på' }).waitFor()
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await page.getByRole('button', { name: 'Vis som tegning' }).click()
    await browser.screenshot(page, 'citizen-1280')
    await map.screenshot({ path: artifact('citizen-network.png') })

    // Made as narrow as a phone, the page swaps the drawing for the list by itself.
    await page.setViewportSize({ width: 320, height: 640 })
    await page.getByRole('heading', { name: 'Tættest på' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await browser.screenshot(page, 'citizen-320')
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: artifact('citizen-320-first-screen.png') })

    // A phone opens with the network as a list, the drawing one button away.
    const onPhone = await browser.newPage('citizen-phone')
    await onPhone.setViewportSize({ width: 320, height: 640 })
    await openCitizenPage(onPhone, citizenUrl(server.url, courseId, token))
    await onPhone.getByRole('heading', { name: 'Tættest på' }).waitFor()
    expect(await onPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  it('reads in English when the citizen asks, and remembers it', async () => {
    const page = await newCitizenPage('citizen-english')
    await page.getByRole('button', { name: 'Read this page in English' }).click()
    expect(await page.locator('h1').textContent()).toBe('My plan')
    expect(await page.title()).toBe('My plan – Bordenden')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.getByRole('heading', { name: 'Who does what – and when' }).waitFor()
    // Her report forms and the evaluation read in English too.
    await page.getByRole('heading', { name: 'My agreements – tell how it is going' }).waitFor()
    await page.getByRole('button', { name: 'Answer the questions about the meeting' }).waitFor()
    expect(
      await page
        .locator('#agreements')
        .getByText(/^by \w+day \d+ \w+/)
        .count(),
    ).toBeGreaterThan(0)
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await page.screenshot({ path: artifact('citizen-english.png') })
    await page.reload()
    await page.getByRole('heading', { name: 'My goals' }).waitFor()
    await page.getByRole('button', { name: 'Læs siden på dansk' }).click()
    await page.getByRole('heading', { name: 'Mine mål' }).waitFor()
  })

  it('can be used with the keyboard alone, every control reachable and visibly focused', async () => {
    const page = await newCitizenPage('citizen-keyboard')
    // The questionnaire due at the course's start comes from its own request: wait for it to be there.
    await page.getByRole('button', { name: 'Send mine svar' }).waitFor()
    const citizenAgreements = expected.agreements.list().filter((a) => a.owner?.kind === 'citizen')
    const walk: { tag: string; name: string; outline: boolean }[] = []
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Tab')
      const now = await focused(page)
      if (now === null || (walk.length > 0 && now.name === walk[0]?.name && now.tag === walk[0]?.tag)) break
      walk.push(now)
    }
    expect(walk.map((f) => `${f.tag}:${f.name}`)).toEqual([
      'button:Read this page in English',
      'button:Udskriv til køleskabet',
      'input:Vis de andre, at jeg kigger med',
      'a:Mine mål',
      'a:Hvem gør hvad – og hvornår',
      'a:Mit netværk',
      'a:Næste møde',
      'a:Det har vi aftalt',
      'button:Vis som liste',
      'a:Læs hele referatet',
      'button:Godkend',
      // One stop per statement of the two questionnaires (sending waits until every one is answered).
      ...Array(5).fill('input:På intet tidspunkt'),
      ...Array(5).fill('input:1 – Slet ikke'),
      'a:44 10 20 30',
      // "Mine aftaler": a status and a note per open agreement of hers; Send waits for a new status.
      ...citizenAgreements.flatMap(() => [
        'select:Ny status',
        'input:Kort besked (skal udfyldes ved ændret eller opgivet)',
      ]),
      // Her suggestions for the next meeting: the kind (one stop for the radio group), the words, send.
      'input:Noget jeg vil tale om',
      'input:Emnet med dine egne ord',
      'button:Send til koordinatoren',
      'button:Svar på spørgsmålene om mødet',
    ])
    expect(walk.filter((f) => !f.outline)).toEqual([])

    // Each control does its job from the keyboard.
    await page.getByRole('link', { name: 'Næste møde' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => window.location.hash)).toBe('#meeting')
    await page.getByRole('button', { name: 'Vis som liste' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Tættest på' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByRole('img', { name: /Tegning af dit netværk/ }).waitFor()
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await page.getByRole('button', { name: 'Udskriv til køleskabet' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes')
    const full = page.getByRole('link', { name: 'Læs hele referatet' })
    expect(await full.getAttribute('href')).toBe(
      `/api/records/${courseId}/${recordId}/print?token=${encodeURIComponent(token)}`,
    )

    await page.getByRole('button', { name: 'Godkend' }).focus()
    await page.keyboard.press('Enter')
    await page.getByText('Tak. Du har godkendt referatet.').waitFor()
    const approved = await api.request<{ record: { status: string; approvalMethod: string } }>(
      'GET',
      `/api/records/${courseId}/${recordId}`,
    )
    expect(approved.body.record).toMatchObject({ status: 'approved', approvalMethod: 'citizenLink' })
    expect(await page.getByRole('button', { name: 'Godkend' }).count()).toBe(0)
  })

  it('shows a record frozen while the page is open, with its approve button, without a reload', async () => {
    const page = await browser.newPage('citizen-poll')
    await page.clock.install()
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    const record = page.locator('#record')
    await record.getByText('Du godkendte referatet').waitFor() // approved in the keyboard walk above
    const corrected = 'Vise Jens værkstedet og caféen i Fyrtårnet'
    const meetingId = await withCourseDoc(server, api, courseId, (course) => {
      const agreement = course.agreements.list().find((a) => a.what === 'Vise Jens værkstedet i Fyrtårnet')!
      course.agreements.update(agreement.id, { what: corrected }, 'test-coordinator')
      return latestClosedMeeting(course)
    })
    const frozen = await api.request<{ record: { version: number } }>('POST', `/api/records/${courseId}`, {
      meetingId,
    })
    expect(frozen.status).toBe(201)
    expect(frozen.body.record.version).toBe(2)
    expect(await page.getByRole('button', { name: 'Godkend' }).count()).toBe(0)
    // While it is shown, the page asks again within a minute (every half minute): no tab switch, no reload.
    await page.clock.fastForward('01:00')
    await page.getByRole('button', { name: 'Godkend' }).waitFor()
    await record.getByText(corrected).waitFor()

    // The coordinator checking the citizen's page is told about the citizen, not addressed as them.
    const coordinator = await browser.newPage('citizen-as-coordinator')
    await giveSessionCookie(coordinator, server.url, api.cookie!)
    await openCitizenPage(coordinator, `${server.url}/citizen/${courseId}`)
    await coordinator.getByText('Sådan ser Jens Madsen siden.').waitFor()
    await coordinator
      .locator('#record')
      .getByText('Referatet venter på, at Jens Madsen godkender det.')
      .waitFor()
    expect(await coordinator.getByText('Referatet venter på dig').count()).toBe(0)
    expect(await coordinator.getByRole('button', { name: 'Godkend' }).count()).toBe(0)
    expect(await coordinator.getByRole('checkbox').count()).toBe(0) // nobody shows up in the citizen's name
    expect(seriousOrCritical(await axeViolations(coordinator))).toEqual([])
    await coordinator.screenshot({ path: artifact('citizen-as-coordinator.png') })
  })

  it('turns “i morgen” into “i dag” at midnight on a page left open', async () => {
    const due = expected.agreements
      .list()
      .filter(isOpen)
      .find((a) => a.dueDate !== null)!
    const page = await browser.newPage('citizen-midnight')
    // Ten seconds before the midnight that starts the due day in Denmark (the course's day), whatever the
    // browser's own zone (UTC here: an hour or two before its own midnight).
    await page.clock.install({ time: startOfDay(due.dueDate!) - 10_000 })
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    const line = page.locator(`[data-agreement="${due.id}"] .due-words`)
    expect(await line.textContent()).toBe('i morgen')
    await page.clock.fastForward(15_000)
    await waitFor('the deadline to read “i dag”', async () => (await line.textContent()) === 'i dag')
  })

  it('shows the citizen to the others only when they choose to be seen', async () => {
    const observer = await editorClient()
    const seen = () =>
      [...observer.provider.awareness.getStates().entries()]
        .filter(([id]) => id !== observer.doc.clientID)
        .map(([, state]) => (state as { user?: { name?: string } }).user?.name)
    const page = await newCitizenPage('citizen-presence')
    const checkbox = page.getByRole('checkbox', { name: 'Vis de andre, at jeg kigger med' })
    expect(await checkbox.isChecked()).toBe(false)
    await page.getByText('De andre kan ikke se, at du er her.').waitFor()
    // The page has been live for a while: had it announced itself on connecting, the observer (connected
    // first, on the same ordered socket the choice below travels) would already hold that state.
    expect(seen()).toEqual([])
    await checkbox.focus()
    await page.keyboard.press('Space')
    await waitFor('the citizen to be shown', () => seen().includes('Jens Madsen'))
    await page.getByText('De andre kan se, at du kigger med.').waitFor()
    await page.keyboard.press('Space')
    await waitFor('the citizen to be hidden again', () => seen().length === 0)
    observer.destroy()
  })

  it('shows a coordinator’s change live, and the server keeps nothing the page sends', async () => {
    const page = await newCitizenPage('citizen-live', true)
    const coordinator = await editorClient()
    const course = new CourseDoc(coordinator.doc)
    const agreement = citizenAgreement(course)
    const changed = 'Ringe til tandlægen og bestille en tid'
    course.agreements.update(agreement.id, { what: changed }, 'test-coordinator')
    await page.locator('#agreements').getByText(changed).waitFor()

    // The page tries to write through its own connection: the server drops it and stores nothing.
    const dropsBefore = server.logs.filter((l) => l.msg === 'dropped update from read-only connection').length
    await page.evaluate(
      ({ id }) => window.__bordendenCitizenCourse?.agreements.update(id, { what: 'Skrevet af siden' }, 'x'),
      { id: agreement.id },
    )
    await waitFor(
      'the server to drop the page’s update',
      () =>
        server.logs.filter((l) => l.msg === 'dropped update from read-only connection').length > dropsBefore,
    )
    const fresh = await editorClient()
    expect(new CourseDoc(fresh.doc).agreements.get(agreement.id)?.what).toBe(changed)
    expect(course.agreements.get(agreement.id)?.what).toBe(changed)
    fresh.destroy()
    await page.reload()
    await page.locator('#agreements').getByText(changed).waitFor()
    expect(await page.getByText('Skrevet af siden').count()).toBe(0)
    coordinator.destroy()
  })

  it('asks for the link when opened without one, and refuses a wrong one', async () => {
    const page = await browser.newPage('citizen-nolink')
    await page.goto(`${server.url}/citizen/${courseId}`)
    await page.getByText('Åbn siden med det link, du har fået').waitFor()
    await page.goto(`${server.url}/citizen/${courseId}?token=not-a-real-token`)
    await page.getByText('Linket virker ikke længere').waitFor()
  })

  it('loaded nothing from anywhere but this server, and logged no errors', () => {
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    // The refused access checks above are the only failed loads Chromium reports.
    const expectedRefusals = /^citizen-nolink: Failed to load resource: .* (401|403)/
    expect(browser.consoleErrors.filter((text) => !expectedRefusals.test(text))).toEqual([])
  })
})
