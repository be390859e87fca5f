/**
 * Text in the board images, laid out without a browser: widths are estimated from character classes
 * with DejaVu Sans' proportions, one of the widest common sans-serif fonts, so text measured here fits
 * in whichever font the reader's system has.
 */

/** Text as SVG markup: the five characters that mean something there, in content and in attributes. */
export const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

export const FONT = 'system-ui, sans-serif'

function charWidth(ch: string): number {
  if (/[iljIft.,:;'!|()[\] ]/.test(ch)) return 0.36
  if (/[mwMWÆæ%@]/.test(ch)) return 0.98
  if (/[A-ZÅØ0-9]/.test(ch)) return 0.72
  return 0.63
}

/** The estimated width of `text` at `fontSize`, a little generous. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) em += charWidth(ch)
  return em * fontSize * (bold ? 1.1 : 1)
}

/** `text` cut to `width` and ended with an ellipsis. */
function ellipsize(text: string, width: number, fontSize: number, bold: boolean): string {
  let cut = text
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** `text` cut to `width` with an ellipsis, when it does not fit. */
export function clipToWidth(text: string, width: number, fontSize: number, bold = false): string {
  return textWidth(text, fontSize, bold) <= width ? text : ellipsize(text, width, fontSize, bold)
}

/**
 * Breaks `text` into lines no wider than `width`, between words; a word wider than a line is broken
 * inside. With `maxLines`, the last line ends in an ellipsis when the text goes on.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const { bold = false, maxLines = Number.POSITIVE_INFINITY } = options
  const fits = (line: string) => textWidth(line, fontSize, bold) <= width
  const lines: string[] = []
  let line = ''
  // Words, and the parts of hyphenated ones: "Andersen-Kristoffersen" may break after the hyphen.
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, i) => ({ part, glued: i > 0 })))
  for (const { part: word, glued } of words) {
    const candidate = line ? `${line}${glued ? '' : ' '}${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = word
    while (!fits(line)) {
      let cut = line.length - 1
      while (cut > 1 && !fits(line.slice(0, cut))) cut--
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1] ?? '', width, fontSize, bold)
  return kept
}

/** One `<text>` per line, the first baseline at `y`. */
export function textLines(
  lines: string[],
  at: { x: number; y: number; size: number; lineHeight?: number },
  attributes = '',
): string {
  const step = at.lineHeight ?? Math.round(at.size * 1.25)
  return lines
    .map(
      (line, i) =>
        `<text x="${at.x.toFixed(1)}" y="${(at.y + i * step).toFixed(1)}" font-size="${at.size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('')
}
