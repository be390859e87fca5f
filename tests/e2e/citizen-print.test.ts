import { addDays, createAgreement, dateIn } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withCourseDoc } from '../support/course-editor.ts'
import {
  artifact,
  type CitizenDemo,
  citizenAgreement,
  citizenUrl,
  openCitizenPage,
  pdfPages,
  pdfText,
  startCitizenDemo,
} from './citizenPage.ts'

// The citizen's page on paper: one A4 sheet for the fridge door for the demo course (Jens Madsen), and a
// longer plan that runs onto a second sheet without losing anything.

let demo: CitizenDemo

beforeAll(async () => {
  demo = await startCitizenDemo()
})

afterAll(async () => {
  await demo?.stop()
})

async function newCitizenPage(name: string) {
  const page = await demo.browser.newPage(name)
  await openCitizenPage(page, citizenUrl(demo.server.url, demo.courseId, demo.token))
  return page
}

describe('the citizen page on paper', () => {
  it('prints on exactly one A4 page: goals to tick, who does what by when, and whom to call', async () => {
    const page = await newCitizenPage('citizen-print')
    const file = artifact('citizen-fridge.pdf')
    await page.pdf({ path: file, format: 'A4', printBackground: true })
    expect(pdfPages(file)).toBe(1)
    const text = pdfText(file)
    for (const goal of demo.expected.goals.list().filter((g) => g.status === 'active')) {
      expect(text).toContain(goal.text.slice(0, 30))
    }
    expect(text).toContain('☐')
    expect(text).toContain(citizenAgreement(demo.expected).what.slice(0, 30))
    expect(text).toMatch(/Din koordinator: Mette Kragh\. Ring, hvis du har spørgsmål:\s+44 10 20 30/)
    expect(text).not.toContain('Udskriv til køleskabet') // the controls stay on the screen
    expect(text).toContain('Sæt kryds, når du har nået dit mål.')
    await page.emulateMedia({ media: 'print' })
    // At least 13 pt (17.3 px): type that reads from a step away from the fridge door.
    const base = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(Number.parseFloat(base)).toBeGreaterThanOrEqual(17.3)
    await demo.browser.screenshot(page, 'citizen-print')
  })

  it('prints a longer plan on two pages without losing a line, and marks a paused goal', async () => {
    const extra = Array.from({ length: 16 }, (_, i) => `Ekstra aftale nummer ${i + 1}`)
    const goal = demo.expected.goals.list().find((g) => g.status === 'active')!
    const added = await withCourseDoc(demo.server, demo.api, demo.courseId, (course) => {
      course.goals.update(goal.id, { status: 'paused' }, 'test-coordinator')
      return extra.map((what, i) => {
        const owner = i % 2 === 0 ? ({ kind: 'citizen' } as const) : null
        return createAgreement(course, { what, owner, dueDate: addDays(dateIn(), 60) }, 'test-coordinator').id
      })
    })
    try {
      const page = await newCitizenPage('citizen-print-long')
      await page.locator('#agreements').getByText(extra.at(-1)!, { exact: true }).waitFor()
      const file = artifact('citizen-fridge-long.pdf')
      await page.pdf({ path: file, format: 'A4', printBackground: true })
      expect(pdfPages(file)).toBe(2)
      const text = pdfText(file)
      for (const what of extra) expect(text).toContain(what)
      expect(text).toMatch(/Sat på pause/)
      expect(text).toMatch(/Din koordinator: Mette Kragh\. Ring, hvis du har spørgsmål:\s+44 10 20 30/)
    } finally {
      await withCourseDoc(demo.server, demo.api, demo.courseId, (course) => {
        for (const id of added) course.agreements.delete(id)
        course.goals.update(goal.id, { status: 'active' }, 'test-coordinator')
      })
    }
  })

  it('loaded nothing from anywhere but this server, and logged no errors', () => {
    expect(demo.browser.offHostRequests).toEqual([])
    expect(demo.browser.pageErrors).toEqual([])
    expect(demo.browser.consoleErrors).toEqual([])
  })
})
