import { goalBoardColumns, label } from '@bordenden/model'
import { shortDanishDate } from './dates.ts'
import type { RecordAgreement, RecordContent } from './record-content.ts'
import { clipToWidth, escapeXml, FONT, textLines, textWidth, wrapText } from './svg-text.ts'
import { recordText as t } from './texts.ts'

/** Sized so that on A4 (the board about 17 cm wide) the text prints at 9-10 pt. */
const WIDTH = 680
const MARGIN = 10
const GAP = 12
const CARD = (WIDTH - 2 * MARGIN - GAP) / 2
const PAD = 10
const MISSING = 'fill="#9a3412" font-weight="bold"'

interface Band {
  title: string
  detail: string
  agreements: RecordAgreement[]
  empty: string
}

/**
 * One band per column of the board (goalBoardColumns): the goals in the record's order, then goals that
 * only agreements name, then the rest.
 */
function bands(content: RecordContent): Band[] {
  const agreements = [
    ...content.agreements,
    ...content.ongoingAgreements,
    ...(content.settledAgreements ?? []),
  ]
  const goals = new Map(content.goals.map((g) => [g.id, g]))
  // An agreement may serve a goal the record does not list (paused, say): it keeps its goal's band.
  const unlisted = new Map<string, string>()
  for (const a of agreements) if (a.goalId && a.goal && !goals.has(a.goalId)) unlisted.set(a.goalId, a.goal)
  const columns = goalBoardColumns([...goals.keys(), ...unlisted.keys()], agreements)
  const result = columns.map(({ goalId, agreements }): Band => {
    const goal = goalId === null ? undefined : goals.get(goalId)
    if (goal) {
      const active = goal.status === label('goalStatus', 'active')
      const detail = active ? goal.lifeArea : `${goal.lifeArea} · ${goal.status}`
      return { title: goal.text, detail, agreements, empty: t('goalBoard.noAgreements') }
    }
    const title = goalId === null ? t('goalBoard.otherAgreements') : (unlisted.get(goalId) ?? '')
    return { title, detail: '', agreements, empty: '' }
  })
  if (result.length > 0) return result
  return [{ title: t('goalBoard.otherAgreements'), detail: '', agreements: [], empty: t('goalBoard.empty') }]
}

/** An agreement card at (x, y): what, who and by when (or what is missing), status. Returns its height. */
function card(
  a: RecordAgreement,
  x: number,
  y: number,
  meetingDate: string,
): { svg: string; height: number } {
  const inner = CARD - 2 * PAD
  const parts: string[] = []
  let cursor = y + PAD + 14
  const what = a.what ? wrapText(a.what, inner, 14) : [t('goalBoard.whatMissing')]
  parts.push(
    textLines(what, { x: x + PAD, y: cursor, size: 14, lineHeight: 18 }, a.what ? 'fill="#111"' : MISSING),
  )
  cursor += what.length * 18 + 2

  const due = a.dueDate
    ? t('agreement.by', { date: shortDanishDate(a.dueDate, meetingDate) })
    : t('goalBoard.dateMissing')
  const owner = clipToWidth(a.owner ?? t('goalBoard.ownerMissing'), inner - textWidth(` · ${due}`, 13), 13)
  parts.push(
    `<text x="${x + PAD}" y="${cursor}" font-size="13" fill="#1f2937">` +
      `<tspan ${a.owner ? 'font-weight="bold"' : MISSING}>${escapeXml(owner)}</tspan> · ` +
      `<tspan ${a.dueDate ? '' : MISSING}>${escapeXml(due)}</tspan></text>`,
  )
  cursor += 17

  const manager = a.needsManagerDecision
    ? ` · ${t('goalBoard.awaitingManager')}${a.managerAnswerBy ? `, ${t('agreement.answerBy', { date: shortDanishDate(a.managerAnswerBy, meetingDate) })}` : ''}`
    : ''
  const status = wrapText(`${a.status}${manager}`, inner, 13)
  parts.push(textLines(status, { x: x + PAD, y: cursor, size: 13, lineHeight: 16 }, 'fill="#3b4252"'))
  cursor += status.length * 16
  if (a.needsManagerDecision && !a.managerAnswerBy) {
    parts.push(textLines([t('goalBoard.answerDateMissing')], { x: x + PAD, y: cursor, size: 13 }, MISSING))
    cursor += 16
  }
  const height = cursor - y + PAD - 4
  const incomplete = a.missing.length > 0
  const settled =
    a.status === label('agreementStatus', 'done') || a.status === label('agreementStatus', 'abandoned')
  const frame =
    `<rect x="${x}" y="${y}" width="${CARD}" height="${height}" rx="6" fill="${settled ? '#f1f5f9' : '#fff'}" ` +
    `stroke="${incomplete ? '#b45309' : '#8a94a6'}" stroke-width="${incomplete ? 3 : 1}"/>`
  return { svg: frame + parts.join(''), height }
}

/**
 * The goal and agreement board as SVG, laid out for paper: one band per goal with its whole text, the
 * agreements that serve it below as cards, two to a row, each saying who does what by when.
 */
export function goalBoardSvg(content: RecordContent): string {
  const parts: string[] = []
  let y = MARGIN
  for (const band of bands(content)) {
    const title = wrapText(band.title, WIDTH - 2 * MARGIN - 24, 15, { bold: true })
    const header = 12 + title.length * 19 + (band.detail ? 17 : 0) + 4
    parts.push(
      `<rect x="${MARGIN}" y="${y}" width="${WIDTH - 2 * MARGIN}" height="${header}" rx="6" fill="#1f4e79"/>`,
    )
    parts.push(
      textLines(
        title,
        { x: MARGIN + 12, y: y + 12 + 14, size: 15, lineHeight: 19 },
        'fill="#fff" font-weight="bold"',
      ),
    )
    if (band.detail) {
      parts.push(
        textLines(
          [band.detail],
          { x: MARGIN + 12, y: y + 12 + title.length * 19 + 13, size: 13 },
          'fill="#dbe7f3"',
        ),
      )
    }
    y += header + 8
    if (band.agreements.length === 0 && band.empty) {
      parts.push(
        textLines(
          [band.empty],
          { x: MARGIN + 12, y: y + 14, size: 13 },
          'fill="#4b5563" font-style="italic"',
        ),
      )
      y += 26
    }
    for (let i = 0; i < band.agreements.length; i += 2) {
      const row = band.agreements
        .slice(i, i + 2)
        .map((a, k) => card(a, MARGIN + k * (CARD + GAP), y, content.meeting.date))
      parts.push(...row.map((c) => c.svg))
      y += Math.max(...row.map((c) => c.height)) + 8
    }
    y += 10
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${Math.ceil(y)}" font-family="${FONT}" role="img" aria-labelledby="gb-title">` +
    `<title id="gb-title">${t('page.goalBoard')}</title>${parts.join('')}</svg>`
  )
}
