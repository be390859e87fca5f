import { type NetworkPerson, Rings } from '@bordenden/model'
import { useId } from 'react'
import {
  CENTRE,
  CITIZEN_RADIUS,
  layoutNetwork,
  MAP_HEIGHT,
  MAP_WIDTH,
  pointAt,
  RING_RADIUS,
} from './networkLayout.ts'
import { useCitizenTexts } from './texts.ts'

/**
 * The network map as a drawing: rings for closeness, sectors for where people belong, each person a
 * labelled point. Screen readers get one summary; the list beside it says the rest.
 */
export function NetworkMap({ people }: { people: NetworkPerson[] }) {
  const t = useCitizenTexts()
  const titleId = useId()
  const layout = layoutNetwork(people, (sector) => t(`network.sectors.${sector}`))
  return (
    <svg
      className="network-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-labelledby={titleId}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{t('network.mapLabel', { count: people.length })}</title>
      {[...Rings].reverse().map((ring) => (
        <circle
          key={ring}
          className={`ring ring-${ring}`}
          cx={CENTRE.x}
          cy={CENTRE.y}
          r={RING_RADIUS[ring]}
        />
      ))}
      {layout.sectors.map(({ sector, start, label: name }) => {
        const from = pointAt(CITIZEN_RADIUS, start)
        const to = pointAt(RING_RADIUS.outer, start)
        // A name above the circle grows upwards, so its last line stays clear of the ring.
        const firstLine = name.y < CENTRE.y && name.anchor === 'middle' ? 1 - name.lines.length : 0
        return (
          <g key={sector}>
            <line className="sector-line" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
            <text className="sector-label" x={name.x} y={name.y} textAnchor={name.anchor}>
              {name.lines.map((line, index) => (
                <tspan key={line} x={name.x} dy={index === 0 ? `${firstLine * 1.15 + 0.35}em` : '1.15em'}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )
      })}
      <circle className="citizen-dot" cx={CENTRE.x} cy={CENTRE.y} r={CITIZEN_RADIUS} />
      <text className="citizen-label" x={CENTRE.x} y={CENTRE.y} textAnchor="middle" dominantBaseline="middle">
        {t('network.you')}
      </text>
      {layout.people.map(({ person, x, y, label: place }) => (
        <g key={person.id} className="person-point">
          <circle cx={x} cy={y} r={7} />
          <text x={place.x} y={place.y} textAnchor={place.anchor} dominantBaseline="middle">
            {person.name.split(' ')[0]}
          </text>
        </g>
      ))}
    </svg>
  )
}
