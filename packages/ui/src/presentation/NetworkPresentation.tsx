import { label, Rings } from '@bordenden/model'
import { useId, useRef } from 'react'
import { useCourseSession } from '../live/CourseSession.tsx'
import { courseMeta, peopleOf } from '../live/lists.ts'
import { useCourseQuery } from '../live/useCourseContent.ts'
import { useLocale } from '../locale.tsx'
import { useWords } from '../words.ts'
import {
  layoutNetworkPresentation,
  type Measure,
  type NetworkPresentationLayout,
  type PresentedPerson,
} from './networkPresentationLayout.ts'
import { useElementSize } from './useElementSize.ts'

const FONT = 'system-ui, sans-serif'
const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
/** Measures text in the font the map is drawn in (see .bd-present-network in boards.css). */
const measure: Measure = (text, px, weight) => {
  if (!context) return text.length * px * 0.6
  context.font = `${weight} ${px}px ${FONT}`
  return context.measureText(text).width
}

/**
 * The network map for the shared screen: the rings fill the screen, every name in type that reads from
 * across the room. People the citizen does not want involved are not shown, as on the canvas.
 */
export function NetworkPresentation() {
  const { course } = useCourseSession()
  const locale = useLocale()
  const w = useWords()
  const frame = useRef<HTMLDivElement>(null)
  const size = useElementSize(frame)
  const people: PresentedPerson[] = useCourseQuery(course, peopleOf)
    .filter((p) => !p.excludedByCitizen)
    .map((p) => ({
      id: p.id,
      name: p.name,
      secondary: [p.role, p.organisation].filter(Boolean).join(', '),
      ring: p.ring,
      sector: p.sector,
    }))
  const citizenName = useCourseQuery(course, courseMeta)?.citizenName ?? label('party', 'citizen', locale)
  const layout =
    size && layoutNetworkPresentation(people, citizenName, (s) => label('sector', s, locale), size, measure)
  return (
    <div ref={frame} className="bd-present-network" data-people={people.length}>
      {layout && (
        <NetworkDrawing
          layout={layout}
          title={`${w('networkMap')}: ${people.map((p) => p.name).join(', ')}`}
        />
      )}
    </div>
  )
}

function NetworkDrawing({ layout, title }: { layout: NetworkPresentationLayout; title: string }) {
  const titleId = useId()
  const { centre, rings, citizen, bounds, px } = layout
  const firstLine = centre.y - ((citizen.lines.length - 1) * citizen.px * 1.1) / 2
  return (
    <svg
      viewBox={`${bounds.x} ${bounds.y} ${bounds.w} ${bounds.h}`}
      role="img"
      aria-labelledby={titleId}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{title}</title>
      {[...Rings].reverse().map((ring) => (
        <ellipse
          key={ring}
          className="bd-present-ring"
          data-ring={ring}
          cx={centre.x}
          cy={centre.y}
          rx={rings[ring].rx}
          ry={rings[ring].ry}
        />
      ))}
      {layout.sectors.map((sector) => (
        <g key={sector.sector}>
          <line
            className="bd-present-sector-line"
            x1={centre.x}
            y1={centre.y}
            x2={sector.edge.x}
            y2={sector.edge.y}
          />
          <text
            className="bd-present-sector"
            x={sector.x + sector.w / 2}
            y={sector.y + sector.h / 2}
            fontSize={px.sector}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {sector.name}
          </text>
        </g>
      ))}
      <circle className="bd-present-citizen" cx={centre.x} cy={centre.y} r={citizen.r} />
      <text className="bd-present-citizen-name" fontSize={citizen.px} textAnchor="middle">
        {citizen.lines.map((line, index) => (
          <tspan key={line} x={centre.x} y={firstLine + index * citizen.px * 1.1} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
      {layout.people.map(({ person, x, y, w, h }) => (
        <g key={person.id} className="bd-present-person" data-person-id={person.id} data-ring={person.ring}>
          <rect x={x} y={y} width={w} height={h} rx={px.secondary / 2} data-sector={person.sector} />
          <text
            className="bd-present-name"
            x={x + w / 2}
            y={y + h * 0.36}
            fontSize={px.name}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {person.name}
          </text>
          {person.secondary && (
            <text
              className="bd-present-secondary"
              x={x + w / 2}
              y={y + h * 0.74}
              fontSize={px.secondary}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {person.secondary}
            </text>
          )}
        </g>
      ))}
    </svg>
  )
}
