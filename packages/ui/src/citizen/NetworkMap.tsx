import { type NetworkPerson, networkMapLayout, Rings } from '@bordenden/model'
import { useId } from 'react'
import { useCitizenTexts } from './texts.ts'

/** The drawing's size in its own units, about px where the page shows it (see NetworkSection). */
export const MAP_WIDTH = 780
export const MAP_HEIGHT = 600
/**
 * The board's map scaled to this drawing: the outer ring leaves room on either side for the sector names,
 * written straight outside it as large as the people's (see citizen.css).
 */
const MAP_OPTIONS = { radius: 245, centre: { x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2 }, labelGap: 10 }

/** The map as the citizen page draws it, from the one geometry in the model. */
export function citizenMapLayout(people: readonly NetworkPerson[]) {
  return networkMapLayout(people, MAP_OPTIONS)
}

/** "Region og sundhedsvæsen" → two lines, split at the space nearest the middle. */
export function splitLabel(text: string): string[] {
  if (text.length <= 14) return [text]
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index)
  if (spaces.length === 0) return [text]
  const cut = spaces.reduce((best, i) =>
    Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best,
  )
  return [text.slice(0, cut), text.slice(cut + 1)]
}

/**
 * The network map as a drawing: rings for closeness, sectors for where people belong, each person's
 * first name where her card is on the board (inside her ring, clear of the sector names). Screen readers get one summary; the list beside it says the rest.
 */
export function NetworkMap({ people }: { people: NetworkPerson[] }) {
  const t = useCitizenTexts()
  const titleId = useId()
  const layout = citizenMapLayout(people)
  const { centre } = layout
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
          cx={centre.x}
          cy={centre.y}
          r={layout.rings[ring].outer}
        />
      ))}
      {layout.sectors.map(({ sector, from, to, label: place }) => {
        const lines = splitLabel(t(`network.sectors.${sector}`))
        // A name above the circle grows upwards, so its last line stays clear of the ring.
        const firstLine = place.y < centre.y && place.anchor === 'middle' ? 1 - lines.length : 0
        return (
          <g key={sector}>
            <line className="sector-line" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
            <text className="sector-label" x={place.x} y={place.y} textAnchor={place.anchor}>
              {lines.map((line, index) => (
                <tspan key={line} x={place.x} dy={index === 0 ? `${firstLine * 1.15 + 0.35}em` : '1.15em'}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )
      })}
      <circle className="citizen-dot" cx={centre.x} cy={centre.y} r={layout.citizenRadius} />
      <text className="citizen-label" x={centre.x} y={centre.y} textAnchor="middle" dominantBaseline="middle">
        {t('network.you')}
      </text>
      {layout.people.map(({ person, x, y }) => (
        <g key={person.id} className="person-point">
          <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
            {person.name.split(' ')[0]}
          </text>
        </g>
      ))}
    </svg>
  )
}
