import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { participantAccess, withCourseDoc } from '../support/course-editor.ts'
import { boardUrl, openBoard, panel, showBoard } from './boardPage.ts'
import { type CitizenDemo, citizenUrl, openCitizenPage, startCitizenDemo } from './citizenPage.ts'

// "Borgeren ønsker ikke at drøfte": the agenda is a contract with the citizen, so everyone at the table
// sees what she keeps out of the next meeting (the board's agenda and meeting mode), and so does she (her
// own page). It is in the meeting's frame in the shared document, which every link reads (README, "Who
// sees what"); the coordinator-only document stays where it was.

let demo: CitizenDemo
let topics: string[]

beforeAll(async () => {
  demo = await startCitizenDemo()
  const { server, api, courseId } = demo
  topics = await withCourseDoc(server, api, courseId, (course) => {
    const next = course.meetings.list().find((m) => m.status === 'planned')
    return next?.frame.topicsNotToDiscuss ?? []
  })
}, 90_000)
afterAll(() => demo?.stop())

describe('topics the citizen does not want discussed', () => {
  it('are on a participant’s agenda board and in meeting mode', async () => {
    const { server, api, courseId, browser } = demo
    expect(topics.length).toBeGreaterThan(0)
    const { token } = await participantAccess(server, api, courseId)
    const page = await browser.newPage('not-to-discuss-participant')
    await openBoard(page, boardUrl(server.url, courseId, token), 'Deltager')
    await showBoard(page, 'Dagsorden')
    const onBoard = page.locator('.bd-agenda-shape [data-testid="screen-not-to-discuss"]')
    await onBoard.waitFor()
    for (const topic of topics) expect(await onBoard.textContent()).toContain(topic)
    expect(await onBoard.textContent()).toContain('Borgeren ønsker ikke at drøfte')

    await panel(page).getByRole('button', { name: 'Mødevisning' }).click()
    const meetingMode = page.getByRole('dialog', { name: 'Mødevisning' })
    const presented = meetingMode.getByTestId('screen-not-to-discuss')
    await presented.waitFor()
    for (const topic of topics) expect(await presented.textContent()).toContain(topic)
    await page.close()
  })

  it('are on the citizen’s own page, in her words', async () => {
    const { server, courseId, token, browser } = demo
    const page = await browser.newPage('not-to-discuss-citizen')
    await openCitizenPage(page, citizenUrl(server.url, courseId, token))
    const next = page.getByRole('region', { name: 'Næste møde' })
    await next.getByRole('heading', { name: 'Det ønsker du ikke at drøfte' }).waitFor()
    expect(await next.locator('.not-to-discuss li').allTextContents()).toEqual(topics)
    expect(browser.pageErrors).toEqual([])
    await page.close()
  })
})
