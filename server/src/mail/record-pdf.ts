import { localeTag } from '@bordenden/text'
import PDFDocument from 'pdfkit'
import { journalText } from '../records/render-text.ts'
import type { AgreementRecord } from '../storage/records.ts'

/** A heading of the journal text: a line in capitals (Danish letters included). */
const isHeading = (line: string) =>
  line.length > 0 && line === line.toLocaleUpperCase(localeTag('da')) && /\p{L}/u.test(line)

/**
 * The record as a PDF, for the e-mail and the citizen's export: the journal text's sections (the same
 * content, frozen in the record) laid out on A4 with headings. Built-in Helvetica covers Danish; the
 * PDF names no author, and its title says what it is, not whom it is about.
 */
export function recordPdf(record: AgreementRecord): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Aftalereferat ${record.content.meeting.date} version ${record.version}` },
  })
  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    pdf.on('error', reject)
  })
  const [title = '', ...rest] = journalText(record).trimEnd().split('\n')
  pdf.font('Helvetica-Bold').fontSize(15).text(title).moveDown(0.5)
  for (const line of rest) {
    if (line === '') pdf.moveDown(0.6)
    else if (isHeading(line)) pdf.font('Helvetica-Bold').fontSize(11.5).text(line).moveDown(0.2)
    else if (line.startsWith('- '))
      pdf
        .font('Helvetica')
        .fontSize(10.5)
        .text(`•  ${line.slice(2)}`, { indent: 0 })
    else pdf.font('Helvetica').fontSize(10.5).text(line)
  }
  pdf.end()
  return done
}
