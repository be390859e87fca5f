import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { CourseDoc } from '@bordenden/model'
import type { Page } from 'playwright-core'
import type { ApiClient } from '../support/api.ts'

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
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null
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
