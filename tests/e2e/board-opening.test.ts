import type { Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestBrowser } from '../support/browser.ts'
import { ServerProcess } from '../support/server.ts'
import { boardUrl, openBoard } from './boardPage.ts'

// What opening the board costs the browser (the built app, `pnpm build`): compressed scripts, tldraw
// requested by the page itself, no font file until a text uses one, and tldraw's pattern-fill images
// only once a shape is filled with the pattern.

let server: ServerProcess
let browser: TestBrowser
let page: Page
const responses: Response[] = []

interface PatternEditor {
  createShape(shape: { type: string; x: number; y: number; props: Record<string, unknown> }): void
  createPage(page: { id: string; name: string; index: string }): void
}

beforeAll(async () => {
  server = await ServerProcess.start()
  browser = await TestBrowser.launch()
  const { courseId, token } = await server.course('e2e board opening')
  page = await browser.newPage('participant')
  page.on('response', (response) => responses.push(response))
  await openBoard(page, boardUrl(server.url, courseId, token), 'Anne')
  await page.locator('.bd-rings').waitFor()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('opening the board', () => {
  it('gets its scripts brotli-compressed, tldraw preloaded by the page, and no font files', async () => {
    const scripts = responses.filter((r) => r.url().includes('/assets/') && r.url().endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts)
      expect((await script.allHeaders())['content-encoding'], script.url()).toBe('br')
    const html = await (await fetch(boardUrl(server.url, 'any'))).text()
    const tldraw = await Promise.all(
      scripts.map(async (r) => ({ url: r.url(), bytes: (await r.body()).length })),
    )
    const biggest = tldraw.sort((a, b) => b.bytes - a.bytes)[0]
    expect(html).toContain(`rel="modulepreload" crossorigin href="${new URL(biggest?.url ?? '').pathname}"`)
    expect(responses.filter((r) => r.url().endsWith('.woff2'))).toEqual([])
    expect(browser.pageErrors).toEqual([])
  })

  it('draws pattern fills once a shape uses one', async () => {
    const patterns = () => page.locator('svg defs pattern').count()
    expect(await patterns()).toBe(0)
    await page.evaluate(() => {
      const editor = window.__bordendenEditor as unknown as PatternEditor
      editor.createShape({ type: 'geo', x: 0, y: 0, props: { w: 100, h: 100, fill: 'pattern' } })
    })
    await page.waitForFunction(() => document.querySelectorAll('svg defs pattern').length > 0)
    expect(browser.pageErrors).toEqual([])
  })

  it('opens on the network map when the course holds a page the board does not draw, listed first', async () => {
    await page.evaluate(() => {
      const editor = window.__bordendenEditor as unknown as PatternEditor
      editor.createPage({ id: 'page:elsewhere', name: 'Andet', index: 'a0' })
    })
    await page.reload()
    await page.locator('.bd-rings').waitFor()
    expect(await page.evaluate(() => window.__bordendenEditor?.getCurrentPageId())).toBe('page:page')
    expect(browser.pageErrors).toEqual([])
  })
})
