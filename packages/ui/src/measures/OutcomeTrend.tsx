import { dateIn } from '@bordenden/model'
import { formatDate } from '@bordenden/text'
import { useLocale } from '../locale.tsx'
import { useMeasureTexts } from './texts.ts'

/** A measurement's scores as the trend shows them. */
export interface TrendPoint {
  id: string
  answeredAt: number
  who5: number
  inspireO: number
}

const WIDTH = 320
const HEIGHT = 160
const PAD = { left: 30, right: 12, top: 10, bottom: 24 }
const series = [
  { key: 'who5', color: '#1b6e3a', dash: '' },
  { key: 'inspireO', color: '#1f4e99', dash: '6 4' },
] as const

/**
 * The citizen's WHO-5 and Brief INSPIRE-O over her course, as a small SVG chart (points evenly spaced, in
 * the order answered) with the same figures in a table below, for screen readers and for print.
 */
export function OutcomeTrend({ points, title }: { points: readonly TrendPoint[]; title: string }) {
  const t = useMeasureTexts()
  const locale = useLocale()
  if (points.length === 0) return <p>{t('trend.none')}</p>
  const plotWidth = WIDTH - PAD.left - PAD.right
  const plotHeight = HEIGHT - PAD.top - PAD.bottom
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? plotWidth / 2 : (i * plotWidth) / (points.length - 1))
  const y = (score: number) => PAD.top + plotHeight - (score / 100) * plotHeight
  const day = (at: number) => formatDate(dateIn(at), 'dayWithWeekday', locale)
  return (
    <figure className="outcome-trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="outcome-trend-title">
        <title id="outcome-trend-title">{title}</title>
        {[0, 50, 100].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} stroke="#ccc" />
            <text x={PAD.left - 4} y={y(score) + 4} textAnchor="end" fontSize="10">
              {score}
            </text>
          </g>
        ))}
        {series.map(({ key, color, dash }) => (
          <g key={key} data-series={key}>
            <polyline
              fill="none"
              stroke={color}
              strokeWidth="2.5"
              strokeDasharray={dash}
              points={points.map((p, i) => `${x(i)},${y(p[key])}`).join(' ')}
            />
            {points.map((p, i) => (
              <circle key={p.id} cx={x(i)} cy={y(p[key])} r="4" fill={color} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="legend who5">{t('trend.who5')}</span>{' '}
        <span className="legend inspire-o">{t('trend.inspireO')}</span>. {t('trend.scale')}
      </figcaption>
      <table className="outcome-table">
        <thead>
          <tr>
            <th scope="col">{t('trend.date')}</th>
            <th scope="col">{t('trend.who5')}</th>
            <th scope="col">{t('trend.inspireO')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{day(p.answeredAt)}</th>
              <td>{p.who5}</td>
              <td>{p.inspireO}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
