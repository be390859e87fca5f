import type { AgreementRecord } from '../storage/records.ts'
import { danishDate } from './dates.ts'
import type { RecordAgreement } from './record-content.ts'
import { approvalLine, attendanceOf, goalLine } from './render-text.ts'

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const styles = `
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
  @media print { .print { display: none; } body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`

function agreementRows(agreements: RecordAgreement[]): string {
  return agreements
    .map(
      (
        a,
      ) => `<tr><td>${esc(a.owner ?? '')}${a.owner ? '' : '<span class="missing">Ansvarlig mangler</span>'}</td>
        <td>${esc(a.what)}${a.missing.length ? `<br><span class="missing">Mangler: ${esc(a.missing.join(', '))}</span>` : ''}
        ${a.needsManagerDecision ? `<br>Kræver ledelsens beslutning${a.managerAnswerBy ? ` – svar senest ${esc(danishDate(a.managerAnswerBy))}` : ''}` : ''}
        ${a.followUp.who || a.followUp.when ? `<br>Opfølgning: ${esc([a.followUp.who, a.followUp.when && danishDate(a.followUp.when), a.followUp.how].filter(Boolean).join(', '))}` : ''}</td>
        <td>${a.dueDate ? esc(danishDate(a.dueDate)) : '<span class="missing">Dato mangler</span>'}</td>
        <td class="status">${esc(a.status)}</td></tr>`,
    )
    .join('')
}

const agreementTable = (agreements: RecordAgreement[]) =>
  `<table><thead><tr><th scope="col">Hvem</th><th scope="col">Gør hvad</th><th scope="col">Hvornår</th><th scope="col">Status</th></tr></thead><tbody>${agreementRows(agreements)}</tbody></table>`

/** The printable record: A4, plain Danish, the municipality's name, the boards as images. */
export function recordHtml(record: AgreementRecord, scriptNonce: string): string {
  const { content } = record
  const m = content.meeting
  const attendance = attendanceOf(record)
    .map(
      (a) =>
        `<li>${esc(a.name)}${a.role ? `, ${esc(a.role)}` : ''} – ${esc(a.attendance.toLowerCase())}</li>`,
    )
    .join('')
  const settled = content.settledAgreements ?? []
  const sections = [
    `<h2>Mål – med ${esc(content.course.citizenName)}s egne ord</h2><ul>${content.goals.map((g) => `<li>${esc(goalLine(g))}</li>`).join('')}</ul>`,
    `<h2>Hvem gør hvad – og hvornår</h2>${content.agreements.length ? agreementTable(content.agreements) : '<p>Ingen nye aftaler.</p>'}`,
    content.ongoingAgreements.length
      ? `<h2>Aftaler fra tidligere, der stadig er i gang</h2>${agreementTable(content.ongoingAgreements)}`
      : '',
    settled.length
      ? `<h2>Aftaler fra tidligere, der er afsluttet siden sidst</h2>${agreementTable(settled)}`
      : '',
    content.parkedTopics.length
      ? `<h2>Parkerede emner</h2><ul>${content.parkedTopics.map((t) => `<li>${esc(t.text)} (${esc(t.status)})</li>`).join('')}</ul>`
      : '',
    record.changes.length
      ? `<h2>Ændret siden version ${record.version - 1}</h2><ul>${record.changes.map((c) => `<li>${esc(c.text)}</li>`).join('')}</ul>`
      : '',
  ]
  // The boards come last, after the approval, as pictures of the same content: the text is the record.
  const boards =
    `<h2>Tavlerne</h2><div class="boards"><figure><figcaption>Netværkskortet</figcaption>${record.images.network}</figure>` +
    `<figure><figcaption>Mål og aftaler</figcaption>${record.images.goals}</figure></div>`
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Aftalereferat – ${esc(content.course.citizenName)} – ${esc(danishDate(m.date))}</title><style>${styles}</style></head>
<body><main>
<p class="meta">${esc(content.municipality)}</p>
<h1>Aftalereferat fra ${esc(m.title.toLowerCase())}</h1>
<p class="meta">${esc(danishDate(m.date))}${m.startTime ? ` kl. ${esc(m.startTime)}` : ''}${m.place ? ` · ${esc(m.place)}` : ''} · version ${record.version}</p>
<button class="print" type="button">Udskriv</button>
<script nonce="${esc(scriptNonce)}">document.querySelector('.print').addEventListener('click', () => window.print())</script>
<h2>Hvem var med</h2><ul>${attendance}</ul>
${m.roles?.length ? `<p>${m.roles.map((r) => `${esc(r.duty)}: ${esc(r.name)}`).join(' · ')}</p>` : ''}
${m.overallGoal ? `<h2>${esc(content.course.citizenName)}s mål for mødet</h2><p>${esc(m.overallGoal)}</p>` : ''}
${m.themes.length ? `<h2>Temaer</h2><ol>${m.themes.map((t) => `<li>${esc(t)}</li>`).join('')}</ol>` : ''}
${sections.join('\n')}
<p class="approval${record.approvedAt ? '' : ' draft'}">${esc(approvalLine(record))}<br><small>Referat ${esc(record.id)} · kontrolsum ${esc(record.hash.slice(0, 16))}</small></p>
${boards}
</main></body></html>`
}
