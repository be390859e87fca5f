import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withCourseDoc } from '../support/course-editor.ts'
import { axeViolations, seriousOrCritical } from './citizenPage.ts'
import { type DemoCourse, openDemoCourse } from './coursePage.ts'

// The coordinator's home and course pages with the demo course at 1280×800: each agreement once per page,
// the most urgent first, and sections that close (and stay closed for her on the next visit).

let demo: DemoCourse
let page: Page
/** Every agreement's title, and those the follow-up list has in one of its groups. */
let titles: string[]
let listed: Set<string>
let overdue: string

interface FollowUps {
  courses: Record<string, { id: string; what: string }[]>[]
}

beforeAll(async () => {
  demo = await openDemoCourse('short-pages')
  page = demo.page
  titles = await withCourseDoc(demo.server, demo.api, demo.courseId, (course) =>
    course.agreements.list().map((a) => a.what),
  )
  const { body } = await demo.api.request<FollowUps>('GET', '/api/follow-ups')
  const course = body.courses[0]!
  listed = new Set(
    Object.values(course).flatMap((group) => (Array.isArray(group) ? group : []).map((a) => a.what)),
  )
  overdue = course.overdue![0]!.what
}, 90_000)
afterAll(() => demo?.close())

// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (closed parts left out)
const visibleText = () => page.evaluate(() => document.body.innerText)
const height = () => page.evaluate(() => document.documentElement.scrollHeight)
const occurrences = (text: string, part: string) => text.split(part).length - 1

/** Every agreement of the course at most once in the visible text, and the listed ones exactly once. */
async function expectEachAgreementOnce(): Promise<void> {
  const text = await visibleText()
  const counts = titles.map((title) => [title, occurrences(text, title)] as const)
  expect(counts.filter(([title, n]) => n !== (listed.has(title) ? 1 : 0))).toEqual([])
  // The demo has agreements over the deadline, due soon, changed and waiting, listed by the server more
  // than once (an overdue one is also due for follow-up and changed).
  expect(listed.size).toBeGreaterThan(5)
}

/** Closes the part `heading` opens, checks the overdue agreement is gone, and that a new visit keeps it closed. */
async function expectClosable(heading: string): Promise<void> {
  const button = page.getByRole('button', { name: heading })
  expect(await button.getAttribute('aria-expanded')).toBe('true')
  const open = await height()
  await button.click()
  expect(await button.getAttribute('aria-expanded')).toBe('false')
  expect(occurrences(await visibleText(), overdue)).toBe(0)
  expect(await height()).toBeLessThan(open)
  await page.reload()
  await page.getByRole('button', { name: heading }).waitFor()
  expect(await page.getByRole('button', { name: heading }).getAttribute('aria-expanded')).toBe('false')
  await page.getByRole('button', { name: heading }).click()
  await page.locator('[data-group="overdue"] [data-agreement]').first().waitFor()
}

describe('the coordinator’s pages with the demo course', () => {
  it('home: each agreement once, over the deadline first, groups that close and stay closed', async () => {
    await page.goto(`${demo.server.url}/`)
    await page.locator('[data-group="overdue"] [data-agreement]').first().waitFor()
    console.info(`home page at 1280×800: ${await height()} px`)
    await expectEachAgreementOnce()
    const first = page.locator('[data-agreement]').first()
    expect(await first.textContent()).toContain(overdue)
    // Its other groups are said on its line instead of listing it again.
    expect(await first.locator('[data-also-in]').textContent()).toContain('Tid til at følge op')
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await expectClosable('Over fristen (1)')
  })

  it('course page: each agreement once, sections that close and stay closed', async () => {
    await page.goto(`${demo.server.url}/?course=${demo.courseId}`)
    await page.locator('[data-group="overdue"] [data-agreement]').first().waitFor()
    console.info(`course page at 1280×800: ${await height()} px`)
    await expectEachAgreementOnce()
    expect(seriousOrCritical(await axeViolations(page))).toEqual([])
    await expectClosable('Opfølgning')
    // A section closed until asked for opens from the page's contents.
    const closing = page.getByRole('button', { name: 'Afslutning' })
    expect(await closing.getAttribute('aria-expanded')).toBe('false')
    await page.getByRole('navigation').getByRole('link', { name: 'Afslutning' }).click()
    await page.getByRole('form', { name: 'Afslut forløbet' }).waitFor()
    expect(await closing.getAttribute('aria-expanded')).toBe('true')
  })
})
