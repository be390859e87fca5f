import {
  formatLeaderCell,
  type LeaderOverview,
  type LeaderRow,
  leaderRows,
  leaderSectionTitles,
  SUPPRESSED,
} from '@bordenden/model'
import { useEffect, useId, useState } from 'react'
import { loginUrl } from '../login/next.ts'
import { CSV_URL, fetchOverview, type OverviewAnswer } from './api.ts'
import { BarChart, colourOf } from './BarChart.tsx'
import { useFigureFormat } from './figures.ts'

/**
 * `/leder`: the municipality's and each team's figures, no names. Each figure group is a chart with the
 * same figures in a table beside it; the page prints as it stands, and the CSV is for Danish Excel.
 */
export function LeaderPage() {
  const [answer, setAnswer] = useState<OverviewAnswer | null>(null)
  useEffect(() => {
    void fetchOverview().then((result) => {
      if (result.kind === 'signedOut') window.location.assign(loginUrl(window.location))
      else setAnswer(result)
    })
  }, [])
  if (!answer || answer.kind === 'signedOut') return <main className="leader-page" aria-busy="true" />
  if (answer.kind !== 'overview')
    return (
      <main className="leader-page">
        <h1>Ledelsens tal</h1>
        <p role="alert">
          {answer.kind === 'notLeader'
            ? 'Siden er kun for ledere. Koordinatorer finder deres forløb på forsiden.'
            : 'Tallene kunne ikke hentes. Prøv igen om lidt.'}
        </p>
      </main>
    )
  return <Overview overview={answer.overview} />
}

function Overview({ overview }: { overview: LeaderOverview }) {
  const rows = leaderRows(overview)
  const groups = ['Kommunen', ...overview.teams.map((t) => t.team?.name ?? '')]
  const sections = [...new Set(rows.map((r) => r.section))]
  return (
    <main className="leader-page">
      <header className="leader-header">
        <h1>Ledelsens tal</h1>
        <p>
          Samlede tal for kommunen og for hvert koordinatorteam, uden navne. Et tal fra færre end{' '}
          {overview.minCourses} forløb vises ikke («{SUPPRESSED}»), og et teams tal skjules også, når det
          ellers kunne regnes ud fra kommunens og de andre teams. Den sorte streg er evalueringens tal for 80
          borgere.
        </p>
        <div className="leader-actions">
          <button type="button" onClick={() => window.print()}>
            Udskriv
          </button>
          <a href={CSV_URL} download>
            Hent tallene som CSV (Excel)
          </a>
        </div>
        <ul className="leader-legend" aria-label="Farver i diagrammerne">
          {groups.map((name, g) => (
            <li key={name}>
              <span className="leader-swatch" style={{ background: colourOf(g) }} aria-hidden="true" />
              {name}
            </li>
          ))}
        </ul>
      </header>
      {sections.map((section) => {
        const ofSection = rows.filter((r) => r.section === section)
        const units = [...new Set(ofSection.map((r) => r.unit))]
        return (
          <section key={section} className="leader-section">
            <h2>{leaderSectionTitles[section]}</h2>
            {units.map((unit) => (
              <Figure
                key={unit}
                rows={ofSection.filter((r) => r.unit === unit)}
                groups={groups}
                title={`${leaderSectionTitles[section]}${units.length > 1 ? ` (${unitNames[unit]})` : ''}`}
              />
            ))}
          </section>
        )
      })}
    </main>
  )
}

const unitNames: Record<LeaderRow['unit'], string> = {
  count: 'antal forløb',
  mean: 'gennemsnit',
  percent: 'procent',
  days: 'dage',
  points: 'point',
}

function Figure({ rows, groups, title }: { rows: LeaderRow[]; groups: string[]; title: string }) {
  const tableId = useId()
  const withEvaluation = rows.some((r) => r.evaluation !== null)
  const figures = useFigureFormat()
  return (
    <div className="leader-figure">
      <BarChart rows={rows} groups={groups} title={title} tableId={tableId} />
      <table id={tableId} className="leader-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Tal</th>
            {groups.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            {withEvaluation && <th scope="col">Evalueringen</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {[row.municipality, ...row.teams].map((cell, g) => (
                <td key={groups[g]} className={cell === null ? 'leader-suppressed' : undefined}>
                  {formatLeaderCell(cell, row.unit, figures)}
                </td>
              ))}
              {withEvaluation && (
                <td>{row.evaluation === null ? '' : formatLeaderCell(row.evaluation, row.unit, figures)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
