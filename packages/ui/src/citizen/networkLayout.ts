import { type NetworkPerson, type Ring, Rings, type Sector, Sectors } from '@bordenden/model'

/**
 * The geometry of the network map (Netværks- og indsatskort): rings for closeness around the citizen,
 * sectors for where people belong. A sector is as wide as its most crowded ring needs, so five
 * professionals do not pile up in a sixth of the circle, and every name is written horizontally.
 */

export const MAP_WIDTH = 780
export const MAP_HEIGHT = 600
export const CENTRE = { x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2 }
export const CITIZEN_RADIUS = 38
/**
 * Outer radius of each ring; the citizen sits inside the first. The rings leave 150 units on either
 * side for the sector names, which are written as large as the people's (see citizen.css).
 */
export const RING_RADIUS: Record<Ring, number> = { close: 98, middle: 164, outer: 230 }
const RING_INNER: Record<Ring, number> = {
  close: CITIZEN_RADIUS,
  middle: RING_RADIUS.close,
  outer: RING_RADIUS.middle,
}

export interface Point {
  x: number
  y: number
}

export type Anchor = 'start' | 'middle' | 'end'

/** Where a text goes next to a point at `angle`: beside it on the left and right, above or below it at the top and bottom. */
export interface TextPlace extends Point {
  anchor: Anchor
}

export interface SectorShape {
  sector: Sector
  start: number
  end: number
  /** The sector's name, outside the rings; split in two lines when long. */
  label: TextPlace & { lines: string[] }
}

export interface PersonPlace extends Point {
  person: NetworkPerson
  label: TextPlace
}

export function pointAt(radius: number, angle: number): Point {
  return { x: CENTRE.x + radius * Math.cos(angle), y: CENTRE.y + radius * Math.sin(angle) }
}

function textBeside(at: Point, angle: number, gap: number): TextPlace {
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  if (cos > 0.35) return { x: at.x + gap, y: at.y, anchor: 'start' }
  if (cos < -0.35) return { x: at.x - gap, y: at.y, anchor: 'end' }
  return { x: at.x, y: at.y + (sin > 0 ? gap + 8 : -gap - 8), anchor: 'middle' }
}

/** "Region og sundhedsvæsen" → two lines, split at the space nearest the middle. */
function splitLabel(text: string): string[] {
  if (text.length <= 14) return [text]
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index)
  if (spaces.length === 0) return [text]
  const cut = spaces.reduce((best, i) =>
    Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best,
  )
  return [text.slice(0, cut), text.slice(cut + 1)]
}

export function layoutNetwork(people: NetworkPerson[], sectorName: (sector: Sector) => string) {
  const cells = new Map<string, NetworkPerson[]>()
  for (const person of people) {
    const key = `${person.ring}/${person.sector}`
    cells.set(key, [...(cells.get(key) ?? []), person])
  }
  const crowd = (sector: Sector) =>
    Math.max(1, ...Rings.map((ring) => cells.get(`${ring}/${sector}`)?.length ?? 0))
  const total = Sectors.reduce((sum, sector) => sum + crowd(sector), 0)

  let angle = -Math.PI / 2
  const sectors: SectorShape[] = Sectors.map((sector) => {
    const start = angle
    angle += (2 * Math.PI * crowd(sector)) / total
    const middle = (start + angle) / 2
    const at = textBeside(pointAt(RING_RADIUS.outer, middle), middle, 10)
    return { sector, start, end: angle, label: { ...at, lines: splitLabel(sectorName(sector)) } }
  })

  const placed: PersonPlace[] = []
  for (const { sector, start, end } of sectors) {
    for (const ring of Rings) {
      const cell = cells.get(`${ring}/${sector}`) ?? []
      cell.forEach((person, index) => {
        // The outer ring keeps the middle of its sector clear: the sector's name is written there.
        const spread = ring === 'outer' ? 0.7 : 1
        const at = start + ((end - start) * spread * (index + 1)) / (cell.length + 1)
        // In a crowded cell the points alternate between the inner and the outer part of the ring.
        const depth = cell.length > 2 ? (index % 2 === 0 ? 0.32 : 0.7) : 0.5
        const point = pointAt(RING_INNER[ring] + (RING_RADIUS[ring] - RING_INNER[ring]) * depth, at)
        placed.push({ person, ...point, label: textBeside(point, at, 13) })
      })
    }
  }
  return { sectors, people: placed }
}
