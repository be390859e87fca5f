import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DemoCourse, openDemoCourse } from './coursePage.ts'

/**
 * The course page's "Borgerens data" section in Chromium: the citizen's copy as a download, and deleting
 * the course in two steps (what goes, then the title typed back), after which it is gone.
 */
let demo: DemoCourse
beforeAll(async () => {
  demo = await openDemoCourse('course-data')
}, 90_000)
afterAll(() => demo?.close())

describe("the citizen's data on the course page", () => {
  it('downloads the copy, and deletes the course only once its title is typed back', async () => {
    const { page, server, courseId, api } = demo
    // The contents' link opens the section (closed until asked for).
    await page.goto(`${server.url}/?course=${courseId}#courseData`)
    const section = page.locator('#courseData')
    await section.getByRole('heading', { name: 'Borgerens data' }).waitFor()

    const download = page.waitForEvent('download')
    await section.getByRole('link', { name: 'Hent borgerens kopi (ZIP)' }).click()
    const file = await (await download).createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of file) chunks.push(chunk as Buffer)
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)))
    expect(strFromU8(files['plan.txt']!)).toContain('Jens Madsen')

    await section.getByRole('button', { name: 'Slet forløbet …' }).click()
    await section.getByText('Slettes: tavlerne').waitFor()
    const confirm = section.getByRole('button', { name: 'Slet forløbet endeligt' })
    const title = (await api.request<{ title: string }>('GET', `/api/courses/${courseId}/deletion`)).body
      .title
    const field = section.getByLabel(`Skriv forløbets titel for at bekræfte: ${title}`)
    await field.fill('noget andet')
    expect(await confirm.isDisabled()).toBe(true)
    await field.fill(title)
    await confirm.click()
    await page.waitForURL(`${server.url}/`)
    expect((await api.request('GET', `/api/courses/${courseId}`)).status).toBe(403)
    const { body } = await api.request<{ courses: { courseId: string }[] }>('GET', '/api/courses')
    expect(body.courses.map((c) => c.courseId)).not.toContain(courseId)
  })
})
