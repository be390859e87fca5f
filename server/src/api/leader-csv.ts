import {
  type Cell,
  formatLeaderCell,
  type LeaderOverview,
  type LeaderUnit,
  leaderRows,
  leaderSectionTitles,
} from '@bordenden/model'
import { formatNumber } from '@bordenden/text'

/**
 * The leader's overview as CSV for Danish Excel: UTF-8 with a byte order mark (else Excel reads it as
 * Windows-1252), `;` between fields (Danish Excel's list separator, as the decimal comma takes `,`),
 * CRLF line ends. Text that Excel would take for a formula is prefixed with an apostrophe.
 */
export function leaderCsv(overview: LeaderOverview): string {
  const figure = (cell: Cell | number | null, unit: LeaderUnit) => field(formatLeaderCell(cell, unit, danish))
  const header = [
    'Afsnit',
    'Tal',
    'Kommunen',
    ...overview.teams.map((t) => t.team?.name ?? ''),
    'Evalueringen (80 borgere)',
  ]
  const lines = [header.map(textField)]
  for (const row of leaderRows(overview)) {
    lines.push([
      textField(leaderSectionTitles[row.section]),
      textField(row.label),
      figure(row.municipality, row.unit),
      ...row.teams.map((cell) => figure(cell, row.unit)),
      row.evaluation === null ? '' : figure(row.evaluation, row.unit),
    ])
  }
  return `\uFEFF${lines.map((fields) => fields.join(';')).join('\r\n')}\r\n`
}

/** Danish Excel reads a decimal comma: the CSV's figures are written in Danish whoever downloads it. */
const danish = (value: number, digits: number) => formatNumber(value, 'da', digits, digits)

const field = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)
const textField = (value: string) => field(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
