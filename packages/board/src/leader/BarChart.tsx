import { type Cell, formatLeaderCell, type LeaderRow, SUPPRESSED } from '@bordenden/model'
import { useId } from 'react'
import { useFigureFormat } from './figures.ts'

/** Colours of the municipality's bars and the teams' (each ≥ 3:1 against white, as graphics need). */
export const groupColours = ['#1f4e79', '#2f7ab8', '#3b7d3e', '#a85d12', '#7b4ea3', '#1e7373']
export const colourOf = (group: number) => groupColours[group % groupColours.length] ?? '#1f4e79'

const WIDTH = 640
const LABEL = 270
const BAR = 12
const GAP = 14

/** The scale's ends: percentages 0-100, the evaluation scales 1-10 from 0, else what the figures need. */
function domain(rows: readonly LeaderRow[]): [number, number] {
  const unit = rows[0]?.unit
  if (unit === 'percent') return [0, 100]
  if (rows[0]?.section === 'feedback') return [0, 10]
  const values = rows.flatMap((r) => [r.municipality, ...r.teams, r.evaluation])
  const numbers = values.map((v) => (v === null ? 0 : typeof v === 'number' ? v : v.value))
  const low = Math.min(0, ...numbers)
  const high = Math.max(1, ...numbers)
  return [low, high * 1.1]
}

/**
 * Grouped horizontal bars: per figure, the municipality first and then each team, with the evaluation's
 * figure as a dark tick. A suppressed figure draws no bar and says so. The figures are in the table
 * beside it, which the chart names as its description.
 */
export function BarChart({
  rows,
  groups,
  title,
  tableId,
}: {
  rows: readonly LeaderRow[]
  groups: readonly string[]
  title: string
  tableId: string
}) {
  const titleId = useId()
  const figures = useFigureFormat()
  const [low, high] = domain(rows)
  const x = (value: number) => LABEL + ((value - low) / (high - low)) * (WIDTH - LABEL - 50)
  const rowHeight = groups.length * BAR + GAP
  const height = rows.length * rowHeight + 10
  const cells = (row: LeaderRow): Cell[] => [row.municipality, ...row.teams]
  return (
    <svg
      className="leader-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={tableId}
    >
      <title id={titleId}>{title}</title>
      <line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke="#6b6b6b" />
      {rows.map((row, r) => {
        const top = r * rowHeight + 6
        return (
          <g key={row.key}>
            <RowLabel text={row.label} x={LABEL - 8} y={top + (groups.length * BAR) / 2} />
            {cells(row).map((cell, g) => {
              const y = top + g * BAR
              if (cell === null)
                return (
                  <text key={groups[g]} x={x(0) + 4} y={y + BAR - 2} className="leader-chart-suppressed">
                    {SUPPRESSED}
                  </text>
                )
              const [from, to] = [x(Math.min(0, cell.value)), x(Math.max(0, cell.value))]
              return (
                <g key={groups[g]}>
                  <rect
                    x={from}
                    y={y + 1}
                    width={Math.max(1, to - from)}
                    height={BAR - 2}
                    fill={colourOf(g)}
                  />
                  <text x={to + 4} y={y + BAR - 2} className="leader-chart-value">
                    {formatLeaderCell(cell, row.unit, figures)}
                  </text>
                </g>
              )
            })}
            {row.evaluation !== null && (
              <line
                x1={x(row.evaluation)}
                x2={x(row.evaluation)}
                y1={top - 3}
                y2={top + groups.length * BAR + 3}
                stroke="#111"
                strokeWidth={3}
              />
            )}
          </g>
        )
      })}
    </svg>
  )
}

const clip = (text: string) => (text.length > 36 ? `${text.slice(0, 35)}…` : text)

/** A figure's name beside its bars: "Trivsel (WHO-5): ændring" on two lines, at the colon, so both halves show. */
function RowLabel({ text, x, y }: { text: string; x: number; y: number }) {
  const colon = text.indexOf(': ')
  const lines = colon < 0 ? [text] : [text.slice(0, colon + 1), text.slice(colon + 2)]
  const first = y + 4 - ((lines.length - 1) * 13) / 2
  return (
    <text x={x} y={first} textAnchor="end" className="leader-chart-label">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : 13}>
          {clip(line)}
        </tspan>
      ))}
    </text>
  )
}
