import { closeMeeting, createMeeting, dateIn, openMeeting } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { axeViolations, seriousOrCritical } from './citizenPage.ts'

// A leader signs in and reads the municipality's figures: charts with tables beside, no names.

let server: ServerProcess
let browser: TestBrowser

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  const coordinator = await server.coordinator()
  // Six courses, each with a held meeting the citizen evaluated.
  for (let n = 1; n <= 6; n++) {
    const created = await coordinator.request<{ course: { id: string } }>('POST', '/api/courses', {
      title: `Forløb ${n}`,
      citizenName: `Borger Nummer${n}`,
    })
    const courseId = created.body.course.id
    const meetingId = await withCourseDoc(server, coordinator, courseId, (course) => {
      const meeting = createMeeting(
        course,
        { title: 'Netværksmøde', date: dateIn() },
        'user:test',
        Date.now(),
      )
      openMeeting(course, meeting.id, 'user:test', Date.now())
      closeMeeting(course, meeting.id, 'user:test', Date.now())
      return meeting.id
    })
    await coordinator.request('PUT', `/api/feedback/${courseId}/${meetingId}`, {
      evaluation: { relation: 6 + (n % 4), goalsAndTopics: 7, approach: 5 + (n % 3), overall: 8 },
      guide: {
        talkedAboutWhatIWanted: 'yes',
        wasHeard: 'yes',
        goalsAndAgreementsAreMine: 'partly',
        rightPeopleWereThere: 'yes',
        haveTheOverview: 'no',
      },
    })
  }
  await server.cli('create-team', '--name', 'Team Nord')
  await server.cli('assign-team', '--email', 'test-koordinator@example.dk', '--team', 'Team Nord')
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe("the leader's page", () => {
  it('shows the counts as charts and tables, accessible and printable, and never a name', async () => {
    const { password } = await server.createUser('leder@example.dk', 'Lise Leder', 'leder')
    const page = await browser.newPage('leader')
    await page.goto(`${server.url}/login`)
    await page.getByLabel('E-mail').fill('leder@example.dk')
    await page.getByLabel('Adgangskode').fill(password)
    await page.getByRole('button', { name: 'Log ind' }).click()
    await page.waitForURL(`${server.url}/leder`)
    await page.getByRole('heading', { name: 'Ledelsens tal', level: 1 }).waitFor()

    const phases = page.getByRole('table', { name: 'Forløb efter fase' })
    const total = phases.getByRole('row', { name: /Forløb i alt/ })
    // Six courses, all in Team Nord: the municipality's and the team's counts are shown.
    expect(await total.getByRole('cell').allTextContents()).toEqual(['6', '6'])
    const feedback = page.getByRole('table', { name: 'Borgerens evaluering af møderne (1-10)' })
    expect(
      await feedback
        .getByRole('row', { name: /Mål og emner/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['7,0', '7,0'])
    expect(await page.getByRole('img', { name: 'Forløb efter fase' }).count()).toBe(1)
    const meetings = page.getByRole('table', { name: /Netværksmøder \(gennemsnit\)/ })
    const perCourse = meetings.getByRole('row', { name: /Møder pr. forløb/ }).getByRole('cell')
    expect(await perCourse.allTextContents()).toEqual(['1,0', '1,0', '2,8'])
    // No course has two outcome measurements: those figures come from fewer than 5 courses.
    const outcomes = page.getByRole('table', { name: 'Trivsel og recovery (0-100) (point)' })
    const who5 = outcomes.getByRole('row', { name: /WHO-5\): ændring/ }).getByRole('cell')
    expect(await who5.first().textContent()).toBe('færre end 5')
    expect(await page.getByRole('link', { name: /Hent tallene som CSV/ }).getAttribute('href')).toBe(
      '/api/leader/overview.csv',
    )
    expect(await page.locator('body').textContent()).not.toMatch(/Borger Nummer|Forløb 1/)

    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await browser.screenshot(page, 'leader-page')
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false)
    await browser.screenshot(page, 'leader-page-print')
    expect(browser.pageErrors).toEqual([])
    expect(browser.offHostRequests).toEqual([])
  })

  it('is refused to a coordinator', async () => {
    const coordinator = await server.coordinator()
    expect((await coordinator.request('GET', '/api/leader/overview')).status).toBe(403)
    expect((await new ApiClient(server.url).request('GET', '/api/leader/overview')).status).toBe(401)
  })
})
