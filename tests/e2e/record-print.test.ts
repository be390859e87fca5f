import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'
import { pdfText } from './citizenPage.ts'

let server: ServerProcess
let browser: TestBrowser
let api: ApiClient
let courseId: string

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1', MUNICIPALITY_NAME: 'Testrup Kommune' } })
  ;({ api, courseId } = await server.demo())
  browser = await TestBrowser.launch()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A4 less the page's 16 mm side margins, in CSS pixels: the width the printed page lays out in. */
const A4_CONTENT_PX = Math.round(((210 - 32) / 25.4) * 96)

interface BoardText {
  text: string
  fill: string
  /** The font size as printed, in points. */
  points: number
  box: { x1: number; y1: number; x2: number; y2: number }
}

describe('the printable agreement record', () => {
  it('prints the demo meeting on A4 with every agreement and readable boards, loading nothing from elsewhere', async () => {
    const meetingId = await withCourseDoc(server, api, courseId, latestClosedMeeting)
    const frozen = await api.request<{ record: { id: string; content: { agreements: { what: string }[] } } }>(
      'POST',
      `/api/records/${courseId}`,
      { meetingId },
    )
    const { record } = frozen.body
    const page = await browser.newPage('record')
    const [name, value] = api.cookie!.split('=') as [string, string]
    await page.context().addCookies([{ name, value, url: server.url }])
    await page.goto(`${server.url}/api/records/${courseId}/${record.id}/print`)
    expect(await page.locator('h1').textContent()).toContain('Aftalereferat')
    for (const agreement of record.content.agreements) {
      expect(await page.getByText(agreement.what, { exact: false }).count()).toBeGreaterThan(0)
    }
    expect(await page.getByRole('img', { name: /Netværkskort/ }).count()).toBe(1)
    await browser.screenshot(page, 'record-print-screen')

    // Laid out as on paper: every board text inside its image, at 8 pt or more, and on the network map
    // no two texts on top of each other and the citizen's name inside the centre circle.
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1100 })
    const boards = await page.evaluate(() =>
      Array.from(document.querySelectorAll<SVGSVGElement>('.boards svg')).map((svg) => {
        const { width, height } = svg.viewBox.baseVal
        const scale = svg.getBoundingClientRect().width / width
        const texts = Array.from(svg.querySelectorAll<SVGTextElement>('text')).map((t) => {
          const b = t.getBBox()
          return {
            text: t.textContent ?? '',
            fill: t.getAttribute('fill') ?? '',
            points: Number(t.getAttribute('font-size')) * scale * 0.75,
            box: { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height },
          }
        })
        const centre = svg.querySelector<SVGCircleElement>('circle[fill="#1f4e79"]')
        const circle = centre
          ? { x: centre.cx.baseVal.value, y: centre.cy.baseVal.value, r: centre.r.baseVal.value }
          : null
        return { label: svg.getAttribute('aria-labelledby') ?? '', width, height, texts, circle }
      }),
    )
    expect(boards.map((b) => b.label)).toEqual(['nm-title nm-desc', 'gb-title'])
    for (const board of boards) {
      for (const t of board.texts) {
        expect(t.points, `${board.label}: “${t.text}”`).toBeGreaterThanOrEqual(8)
        expect(t.box.x1, `“${t.text}” starts inside`).toBeGreaterThanOrEqual(0)
        expect(t.box.x2, `“${t.text}” ends inside`).toBeLessThanOrEqual(board.width)
        expect(t.box.y2, `“${t.text}” is not cut off below`).toBeLessThanOrEqual(board.height)
      }
    }
    const [map, goals] = boards
    const texts: BoardText[] = map!.texts
    // Glyph boxes reach a little above and below the letters: a pixel of slack each side.
    const apart = (a: BoardText['box'], b: BoardText['box']) =>
      a.x2 - 1 <= b.x1 || b.x2 - 1 <= a.x1 || a.y2 - 1 <= b.y1 || b.y2 - 1 <= a.y1
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1))
        expect(apart(a.box, b.box), `“${a.text}” and “${b.text}”`).toBe(true)
    }
    const { circle } = map!
    for (const t of texts.filter((t) => t.fill === '#fff')) {
      for (const [x, y] of [
        [t.box.x1, t.box.y1],
        [t.box.x2, t.box.y1],
        [t.box.x1, t.box.y2],
        [t.box.x2, t.box.y2],
      ] as const)
        expect(Math.hypot(x - circle!.x, y - circle!.y), `“${t.text}” inside the circle`).toBeLessThanOrEqual(
          circle!.r,
        )
    }
    const goalText = goals!.texts.map((t) => t.text).join('\n')
    expect(goalText).toContain('mangler ansvarlig')
    expect(goalText).not.toMatch(/\d{4}-\d{2}-\d{2}|\?/)

    const pdfPath = path.resolve(import.meta.dirname, 'artifacts/record.pdf')
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true })
    const pdf = readFileSync(pdfPath, 'latin1')
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(5)
    // Whose record it is, unbroken, at the head of every printed page, and at the top of the first.
    const citizen = await withCourseDoc(server, api, courseId, (course) => course.readMeta()!.citizenName)
    const pageTexts = pdfText(pdfPath)
      .split('\f')
      .filter((text) => text.trim())
    expect(pageTexts.length).toBe(pages)
    for (const text of pageTexts)
      expect(text.trim().split('\n')[0]).toContain(`Aftalereferat – ${citizen} – `)
    expect(pageTexts[0]).toContain(`Borger: ${citizen}`)
    // The paper pages as pictures, to look at: artifacts/record-page-1.png, …
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      pdfPath,
      path.resolve(import.meta.dirname, 'artifacts/record-page'),
    ])
    expect(await page.locator('button.print').isVisible()).toBe(false) // the button is not printed
    expect(browser.offHostRequests).toEqual([])
    expect(browser.pageErrors).toEqual([])
    expect(browser.consoleErrors).toEqual([])
  })
})
