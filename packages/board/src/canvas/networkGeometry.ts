import { type Ring, Rings, type Sector, Sectors } from '@bordenden/model'

/**
 * The network map's geometry: the citizen at the centre (0, 0), three rings of closeness around them,
 * six sectors (private network above, professionals below). A card's ring and sector are read from
 * where its centre lies, so moving a card is how closeness is changed.
 */

export interface Point {
  x: number
  y: number
}

export const CITIZEN_RADIUS = 110
/** Outer edge of each ring, innermost first. */
export const RING_EDGES: Readonly<Record<Ring, number>> = { close: 330, middle: 600, outer: 870 }
export const PERSON_CARD = { w: 160, h: 56 } as const

const SECTOR_DEGREES = 360 / Sectors.length
/** The first sector starts here; angles grow clockwise on screen (y points down). */
const START_DEGREES = -150

function innerEdge(ring: Ring): number {
  const index = Rings.indexOf(ring)
  const before = Rings[index - 1]
  return before ? RING_EDGES[before] : CITIZEN_RADIUS
}

export function ringAt(point: Point): Ring {
  const distance = Math.hypot(point.x, point.y)
  return Rings.find((ring) => distance <= RING_EDGES[ring]) ?? 'outer'
}

export function sectorAt(point: Point): Sector {
  const degrees = (Math.atan2(point.y, point.x) * 180) / Math.PI
  const turned = (((degrees - START_DEGREES) % 360) + 360) % 360
  return Sectors[Math.floor(turned / SECTOR_DEGREES)] ?? 'other'
}

/** The angle (degrees) where a sector starts. */
export function sectorStart(sector: Sector): number {
  return START_DEGREES + Sectors.indexOf(sector) * SECTOR_DEGREES
}

/**
 * The distance two cards need between their centres, along a direction (degrees), so that they do not
 * overlap: cards are wider than tall, so they can sit closer one above the other than side by side.
 */
function clearance(degrees: number): number {
  const radians = (degrees * Math.PI) / 180
  const across = Math.abs(Math.cos(radians)) < 1e-9 ? Infinity : PERSON_CARD.w / Math.abs(Math.cos(radians))
  const down = Math.abs(Math.sin(radians)) < 1e-9 ? Infinity : PERSON_CARD.h / Math.abs(Math.sin(radians))
  return Math.min(across, down) + 6
}

/** How many cards fit side by side along the arc of a sector at `radius` (measured on the inside). */
function rowCapacity(start: number, radius: number): number {
  const fits = (n: number) =>
    Array.from({ length: n - 1 }, (_, i) => start + ((i + 1) * SECTOR_DEGREES) / n).every((between) => {
      const chord = 2 * radius * Math.sin((SECTOR_DEGREES * Math.PI) / 360 / n)
      return chord >= clearance(between + 90)
    })
  let n = 1
  while (n < 12 && fits(n + 1)) n++
  return n
}

/**
 * Where the `index`-th of `count` people in one ring and sector sits: spread along the ring, and in rows
 * from the inside out when more people share the cell than fit along its arc. Every row uses the same
 * angles, so a card sits straight outside the one before it.
 */
export function slotCentre(ring: Ring, sector: Sector, index: number, count: number): Point {
  const start = sectorStart(sector)
  const middle = (innerEdge(ring) + RING_EDGES[ring]) / 2
  const fitsInRow = rowCapacity(start, innerEdge(ring) + PERSON_CARD.h)
  const rows = Math.ceil(count / fitsInRow)
  const perRow = Math.ceil(count / rows)
  const angleOf = (column: number) => start + ((column + 0.5) * SECTOR_DEGREES) / perRow
  const step = Math.max(...Array.from({ length: perRow }, (_, column) => clearance(angleOf(column))))
  // A very crowded cell overlaps rather than spilling into the next ring: the ring is what the card says.
  const room = (RING_EDGES[ring] - innerEdge(ring)) / 2 - PERSON_CARD.h / 2
  const spread = (Math.floor(index / perRow) - (rows - 1) / 2) * step
  const radius = middle + Math.max(-room, Math.min(room, spread))
  const radians = (angleOf(index % perRow) * Math.PI) / 180
  return { x: Math.cos(radians) * radius, y: Math.sin(radians) * radius }
}

/** The top-left corner of a card centred on `centre`. */
export function cardCorner(centre: Point, size: { w: number; h: number } = PERSON_CARD): Point {
  return { x: centre.x - size.w / 2, y: centre.y - size.h / 2 }
}

export function cardCentre(corner: Point, size: { w: number; h: number } = PERSON_CARD): Point {
  return { x: corner.x + size.w / 2, y: corner.y + size.h / 2 }
}
