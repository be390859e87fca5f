import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { type Agreement, CourseDoc, isOpen } from '@bordenden/model'
import type { Locator, Page } from 'playwright-core'
import * as Y from 'yjs'
import type { ApiClient } from '../support/api.ts'
import { TestBrowser } from '../support/browser.ts'
import { withCourseDoc } from '../support/course-editor.ts'
import { ServerProcess } from '../support/server.ts'

declare global {
  interface Window {
    /** The page's own course document, exposed with `?e2e` (see exposeCourseForTests.ts). */
    __bordendenCitizenCourse?: CourseDoc
  }
}

/** Helpers for driving the citizen page (`/citizen/:courseId?token=`) in Chromium. */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export const artifact = (name: string) => path.resolve(import.meta.dirname, 'artifacts', name)

export async function citizenLink(api: ApiClient, courseId: string): Promise<string> {
  const created = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind: 'citizen',
    label: 'Jens’ eget link',
  })
  if (created.status !== 201) throw new Error(`citizen link: ${created.status}`)
  return created.body.token
}

export interface CitizenDemo {
  server: ServerProcess
  browser: TestBrowser
  /** Signed in as the demo coordinator. */
  api: ApiClient
  courseId: string
  /** The citizen's own link. */
  token: string
  /** A copy of the course as stored, to compare the page with. */
  expected: CourseDoc
  stop(): Promise<void>
}

/** A server with the demo course (Jens Madsen), a browser, and the citizen's link to their page. */
export async function startCitizenDemo(): Promise<CitizenDemo> {
  const server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  let browser: TestBrowser | undefined
  try {
    browser = await TestBrowser.launch()
    const { api, courseId } = await server.demo()
    const token = await citizenLink(api, courseId)
    const expected = await withCourseDoc(server, api, courseId, (course) => {
      const copy = new Y.Doc()
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(course.doc))
      return new CourseDoc(copy)
    })
    const opened = browser
    const stop = async () => {
      await opened.close()
      await server.stop()
    }
    return { server, browser, api, courseId, token, expected, stop }
  } catch (error) {
    await browser?.close()
    await server.stop()
    throw error
  }
}

/** The demo citizen's own first open agreement. */
export function citizenAgreement(course: CourseDoc): Agreement {
  const found = course.agreements.list().find((a) => isOpen(a) && a.owner?.kind === 'citizen')
  if (!found) throw new Error('the demo citizen has no open agreement')
  return found
}

export const citizenUrl = (serverUrl: string, courseId: string, token: string, e2e = false) =>
  `${serverUrl}/citizen/${courseId}?token=${encodeURIComponent(token)}${e2e ? '&e2e' : ''}`

/** Opens the page and waits until the live course is on it. */
export async function openCitizenPage(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page
    .getByRole('status')
    .filter({ hasText: /opdaterer sig selv|updates by itself/ })
    .waitFor()
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/**
 * Runs axe-core in the page against WCAG 2.1 A/AA and best practice. The source is evaluated through the
 * debugger protocol, so the page's Content-Security-Policy (scripts from 'self' only) stays as it is.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } }).axe
    type AxeResults = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
    }
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }))
  })
}

export const seriousOrCritical = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')

/** What has the keyboard focus: its role-ish tag, its accessible text, and whether its outline shows. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    // Named by a label pointing at it, or by the label it sits in.
    const labelled =
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      (el.tagName === 'INPUT' ? el.closest('label')?.textContent : null)
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') || labelled || el.textContent || '').trim(),
      outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    }
  })
}

/** The number of pages of a PDF file, as poppler's pdfinfo counts them. */
export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = /^Pages:\s+(\d+)$/m.exec(info)?.[1]
  if (pages === undefined) throw new Error(`pdfinfo printed no page count:\n${info}`)
  return Number(pages)
}

export const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

/**
 * What is wrong with the network drawing's texts as rendered: smaller than `minPx`, reaching outside the
 * drawing, or overlapping another text. Empty when every name can be read.
 */
export function mapTextProblems(map: Locator, minPx: number): Promise<string[]> {
  return map.evaluate((svg, min) => {
    const box = svg.getBoundingClientRect()
    const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width
    const texts = Array.from(svg.querySelectorAll('text'), (el) => ({
      name: el.textContent ?? '',
      px: Number.parseFloat(getComputedStyle(el).fontSize) * scale,
      at: el.getBoundingClientRect(),
    }))
    const problems: string[] = []
    texts.forEach(({ name, px, at }, index) => {
      if (px < min) problems.push(`${name}: ${px.toFixed(1)} px`)
      if (at.left < box.left || at.right > box.right || at.top < box.top || at.bottom > box.bottom) {
        problems.push(`${name}: outside the drawing`)
      }
      for (const other of texts.slice(index + 1)) {
        const b = other.at
        if (at.left < b.right && b.left < at.right && at.top < b.bottom && b.top < at.bottom) {
          problems.push(`${name} overlaps ${other.name}`)
        }
      }
    })
    return problems
  }, minPx)
}
