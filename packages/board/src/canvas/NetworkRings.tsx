import { label, networkMapLayout, RING_EDGES, Rings } from '@bordenden/model'
import { courseMeta, useCourseQuery, useCourseSession, useLocale } from '@bordenden/ui'
import { useEditor, useValue } from 'tldraw'
import { CITIZEN_NAME_LINE_HEIGHT, citizenNameInCircle } from './citizenName.ts'
import { measureBold } from './measureText.ts'
import { BoardPages } from './pages.ts'

const SIZE = RING_EDGES.outer + 10
/** The map at the board's own scale; the cards are shapes placed by layoutFromModel. */
const MAP = networkMapLayout([])

/**
 * The network map's background, drawn in page space behind the cards: the citizen in the middle, the
 * rings of closeness and the sectors with their names, which run along the map's edge where no card
 * goes. It is not a shape: nobody can move or delete it.
 */
export function NetworkRings() {
  const editor = useEditor()
  const onMap = useValue('on the network page', () => editor.getCurrentPageId() === BoardPages.network, [
    editor,
  ])
  const { course } = useCourseSession()
  const meta = useCourseQuery(course, courseMeta)
  const locale = useLocale()
  if (!onMap) return null
  const citizenName = meta?.citizenName ?? label('party', 'citizen', locale)
  const name = citizenNameInCircle(citizenName, measureBold)
  return (
    <svg
      className="bd-rings"
      aria-hidden="true"
      width={SIZE * 2}
      height={SIZE * 2}
      viewBox={`${-SIZE} ${-SIZE} ${SIZE * 2} ${SIZE * 2}`}
      style={{ position: 'absolute', left: -SIZE, top: -SIZE, pointerEvents: 'none' }}
    >
      {[...Rings].reverse().map((ring) => (
        <circle key={ring} r={MAP.rings[ring].outer} className="bd-ring" data-ring={ring} />
      ))}
      {MAP.sectors.map(({ sector, from, to, labelPath }) => {
        return (
          <g key={sector}>
            <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} className="bd-sector-line" />
            <path id={`bd-sector-label-${sector}`} d={labelPath} fill="none" />
            <text className="bd-sector-name" data-sector={sector}>
              <textPath href={`#bd-sector-label-${sector}`} startOffset="50%" textAnchor="middle">
                {label('sector', sector, locale)}
              </textPath>
            </text>
          </g>
        )
      })}
      {Rings.map((ring) => (
        <text key={ring} x={0} y={-MAP.rings[ring].outer + 18} className="bd-ring-name" textAnchor="middle">
          {label('ring', ring, locale)}
        </text>
      ))}
      <circle r={MAP.citizenRadius} className="bd-citizen" />
      <text className="bd-citizen-name" textAnchor="middle" fontSize={name.px} aria-label={citizenName}>
        {name.lines.map((line, index) => (
          <tspan
            key={line}
            x={0}
            y={(index - (name.lines.length - 1) / 2) * name.px * CITIZEN_NAME_LINE_HEIGHT}
            dominantBaseline="central"
          >
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  )
}
