import { html, raw } from 'hono/html'
import type { AgreementRecord } from '../storage/records.ts'
import { danishDate } from './dates.ts'
import type { RecordAgreement } from './record-content.ts'
import { approvalLine, attendanceOf, followUpList, goalLine, meetingWhen } from './render-text.ts'
import { recordText as t } from './texts.ts'

// Rendered with hono/html: every value put into the page is escaped (&, <, >, " and '), so text from
// the board stays text; only our own style sheet and the boards' SVG (escaped as it was drawn) go raw.

/** What the tagged template gives when nothing in it is asynchronous (nothing here is): the markup. */
type Markup = ReturnType<typeof raw>
const markup = (rendered: ReturnType<typeof html>): Markup => {
  if (rendered instanceof Promise) throw new Error('the record page renders synchronously')
  return rendered
}

const styles = raw(`
  @page { size: A4; margin: 18mm 16mm; }
  body { font: 12pt/1.45 system-ui, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 20pt; margin: 0 0 .25rem; } h2 { font-size: 14pt; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; }
  .meta { color: #333; margin: 0; } table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; vertical-align: top; padding: .35rem .4rem; border-bottom: 1px solid #ddd; }
  .missing { color: #8a3b00; font-weight: 600; } .status { white-space: nowrap; }
  .approval { margin-top: 2rem; padding: .75rem; border: 2px solid #1f4e79; }
  .draft { border-color: #8a3b00; }
  .boards figure { margin: 1rem 0; break-inside: avoid; } .boards figcaption { font-weight: 600; margin-bottom: .25rem; }
  .boards svg { display: block; width: 100%; height: auto; max-height: 240mm; }
  .print { margin: 1rem 0; font-size: 12pt; padding: .5rem 1rem; }
  .citizen { font-size: 14pt; margin: .25rem 0; } .citizen strong { white-space: nowrap; }
  @media print { .print { display: none; } body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`)

/**
 * Text as a CSS string: everything but letters, digits, spaces and a few marks as a hex escape, so a name
 * can neither end the string nor the style element it stands in.
 */
const cssString = (text: string) =>
  `"${Array.from(text, (c) => (/[\p{L}\p{N} .,'-]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16)} `)).join('')}"`

/**
 * The head of every printed page: whose record it is, in the page's top margin (CSS margin boxes), so a
 * loose page still says which citizen it belongs to.
 */
const pageHeader = (citizenName: string, date: string) =>
  raw(`@page { @top-left { content: ${cssString(t('page.title', { name: citizenName, date }))};
    font: 9pt system-ui, sans-serif; color: #333; white-space: nowrap; } }`)

const missing = (text: string) => html`<span class="missing">${text}</span>`

function agreementRow(a: RecordAgreement) {
  const answerBy = a.managerAnswerBy
    ? ` – ${t('agreement.answerBy', { date: danishDate(a.managerAnswerBy) })}`
    : ''
  return html`<tr><td>${a.owner ?? ''}${a.owner ? '' : missing(t('table.ownerMissing'))}</td>
        <td>${a.what}${a.missing.length ? html`<br>${missing(t('table.missing', { fields: a.missing.join(', ') }))}` : ''}
        ${a.needsManagerDecision ? html`<br>${t('agreement.managerDecision')}${answerBy}` : ''}
        ${a.followUp.who || a.followUp.when ? html`<br>${t('agreement.followUp', { list: followUpList(a) })}` : ''}</td>
        <td>${a.dueDate ? danishDate(a.dueDate) : missing(t('table.dateMissing'))}</td>
        <td class="status">${a.status}</td></tr>`
}

const agreementTable = (agreements: RecordAgreement[]) =>
  html`<table><thead><tr><th scope="col">${t('table.who')}</th><th scope="col">${t('table.what')}</th><th scope="col">${t('table.when')}</th><th scope="col">${t('table.status')}</th></tr></thead><tbody>${agreements.map(agreementRow)}</tbody></table>`

/** The printable record: A4, plain Danish, the municipality's name, the boards as images. */
export function recordHtml(record: AgreementRecord, scriptNonce: string): string {
  const { content } = record
  const m = content.meeting
  const attendance = attendanceOf(record).map(
    (a) => html`<li>${a.name}${a.role ? `, ${a.role}` : ''} – ${a.attendance.toLowerCase()}</li>`,
  )
  const settled = content.settledAgreements ?? []
  const sections = [
    html`<h2>${t('page.goals', { name: content.course.citizenName })}</h2><ul>${content.goals.map((g) => html`<li>${goalLine(g)}</li>`)}</ul>`,
    html`<h2>${t('page.agreements')}</h2>${content.agreements.length ? agreementTable(content.agreements) : html`<p>${t('journal.noAgreements')}</p>`}`,
    content.ongoingAgreements.length
      ? html`<h2>${t('page.ongoing')}</h2>${agreementTable(content.ongoingAgreements)}`
      : '',
    settled.length ? html`<h2>${t('page.settled')}</h2>${agreementTable(settled)}` : '',
    content.parkedTopics.length
      ? html`<h2>${t('page.parked')}</h2><ul>${content.parkedTopics.map((t) => html`<li>${t.text} (${t.status})</li>`)}</ul>`
      : '',
    record.changes.length
      ? html`<h2>${t('page.changedSince', { version: record.version - 1 })}</h2><ul>${record.changes.map((c) => html`<li>${c.text}</li>`)}</ul>`
      : '',
  ]
  // The boards come last, after the approval, as pictures of the same content: the text is the record.
  // Their SVG escaped its own text as it was drawn (svg-text.ts).
  const boards = html`<h2>${t('page.boards')}</h2><div class="boards"><figure><figcaption>${t('page.networkMap')}</figcaption>${raw(record.images.network)}</figure><figure><figcaption>${t('page.goalBoard')}</figcaption>${raw(record.images.goals)}</figure></div>`
  return markup(html`<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${t('page.title', { name: content.course.citizenName, date: danishDate(m.date) })}</title><style>${styles}${pageHeader(content.course.citizenName, danishDate(m.date))}</style></head>
<body><main>
<p class="meta">${content.municipality}</p>
<h1>${t('page.heading', { meeting: m.title.toLowerCase() })}</h1>
<p class="citizen">${t('page.citizen')} <strong>${content.course.citizenName}</strong></p>
<p class="meta">${meetingWhen(m)}${m.place ? ` · ${m.place}` : ''} · ${t('page.version', { version: record.version })}</p>
<button class="print" type="button">${t('page.print')}</button>
<script nonce="${scriptNonce}">document.querySelector('.print').addEventListener('click', () => window.print())</script>
<h2>${t('page.attendance')}</h2><ul>${attendance}</ul>
${m.roles?.length ? html`<p>${m.roles.map((r, i) => html`${i > 0 ? ' · ' : ''}${r.duty}: ${r.name}`)}</p>` : ''}
${m.overallGoal ? html`<h2>${t('page.overallGoal', { name: content.course.citizenName })}</h2><p>${m.overallGoal}</p>` : ''}
${m.themes.length ? html`<h2>${t('page.themes')}</h2><ol>${m.themes.map((t) => html`<li>${t}</li>`)}</ol>` : ''}
${sections.map((section) => html`${section}\n`)}
<p class="approval${record.approvedAt ? '' : ' draft'}">${approvalLine(record)}<br><small>${t('record.idShort', { id: record.id, hash: record.hash.slice(0, 16) })}</small></p>
${boards}
</main></body></html>`).toString()
}
