import { type Ring, Rings, type Sector, Sectors } from './network.ts'

/**
 * The network map's one geometry (Netværks- og indsatskort), used by the board, the citizen page, the
 * shared screen and the printed record: the citizen at the centre (0, 0), three rings of closeness around
 * her, six equal sectors (private network above, professionals below). Lengths are in board units, where
 * a person's card is `PERSON_CARD` big and the cards of a cell never cover each other; every other
 * surface scales the same picture to its size (see networkMapLayout).
 */

export interface Point {
  x: number
  y: number
}

export const CITIZEN_RADIUS = 80
/** Outer edge of each ring, innermost first. */
export const RING_EDGES: Readonly<Record<Ring, number>> = { close: 270, middle: 580, outer: 750 }
/**
 * Big enough for names to be read on a shared screen with the whole map in view; the rings are as tight
 * around the cards as the tests of busy cells allow.
 */
export const PERSON_CARD = { w: 180, h: 64 } as const
/** Space between the citizen's circle and the nearest card. */
const CITIZEN_GAP = 8
/** The outermost band of the map holds the sector names; no card reaches into it. */
export const SECTOR_LABEL_BAND = 36
/** A lone card in a sector above or below the citizen sits this far off the sector's middle (degrees). */
const LONE_CARD_SHIFT = 10

export const SECTOR_DEGREES = 360 / Sectors.length
/** The first sector starts here; angles grow clockwise on screen (y points down). */
const START_DEGREES = -150

/** A point `radius` from `centre` in the direction `degrees`. */
export function polar(degrees: number, radius: number, centre: Point = { x: 0, y: 0 }): Point {
  const radians = (degrees * Math.PI) / 180
  return { x: centre.x + Math.cos(radians) * radius, y: centre.y + Math.sin(radians) * radius }
}

export function innerEdge(ring: Ring): number {
  const before = Rings[Rings.indexOf(ring) - 1]
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

/** How far a card reaches from its centre along a direction (degrees): its half-extent that way. */
function reach(degrees: number): number {
  const radians = (degrees * Math.PI) / 180
  return (Math.abs(Math.cos(radians)) * PERSON_CARD.w + Math.abs(Math.sin(radians)) * PERSON_CARD.h) / 2
}

/** The largest distance from the citizen at which a card's far corners stay within `limit`. */
function radiusWithin(limit: number, degrees: number): number {
  const corner = Math.hypot(PERSON_CARD.w, PERSON_CARD.h) / 2
  const out = reach(degrees)
  return -out + Math.sqrt(out * out + limit * limit - corner * corner)
}

/**
 * Which way (±1, or 0) a lone card moves off its sector's middle: away from the vertical axis, where the
 * sectors above (and below) the citizen meet and their cards would otherwise sit side by side.
 */
function sideOf(sector: Sector): number {
  const radians = ((sectorStart(sector) + SECTOR_DEGREES / 2) * Math.PI) / 180
  if (Math.abs(Math.sin(radians)) <= 0.5) return 0
  return -Math.sign(Math.cos(radians)) * Math.sign(Math.sin(radians))
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
 * angles, so a card sits straight outside the one before it. No card covers the citizen, and the outer
 * ring's cards stop short of the band with the sector names.
 */
export function slotCentre(ring: Ring, sector: Sector, index: number, count: number): Point {
  const start = sectorStart(sector)
  const middle = (innerEdge(ring) + RING_EDGES[ring]) / 2
  const fitsInRow = rowCapacity(start, innerEdge(ring) + PERSON_CARD.h)
  const rows = Math.ceil(count / fitsInRow)
  const perRow = Math.ceil(count / rows)
  const shift = perRow === 1 ? sideOf(sector) * LONE_CARD_SHIFT : 0
  const angleOf = (column: number) => start + ((column + 0.5) * SECTOR_DEGREES) / perRow + shift
  const step = Math.max(...Array.from({ length: perRow }, (_, column) => clearance(angleOf(column))))
  // A very crowded cell overlaps rather than spilling into the next ring: the ring is what the card says.
  const room = (RING_EDGES[ring] - innerEdge(ring)) / 2 - PERSON_CARD.h / 2
  const rowRadius = (row: number) => middle + Math.max(-room, Math.min(room, (row - (rows - 1) / 2) * step))
  const angle = angleOf(index % perRow)
  // The cell's rows move out together to clear the citizen, or in to clear the sector names.
  const least = ring === 'close' ? CITIZEN_RADIUS + CITIZEN_GAP + reach(angle) : -Infinity
  const most = ring === 'outer' ? radiusWithin(RING_EDGES.outer - SECTOR_LABEL_BAND, angle) : Infinity
  const [first, last] = [rowRadius(0), rowRadius(rows - 1)]
  const offset = first < least ? least - first : last > most ? most - last : 0
  const wanted = Math.max(least, Math.min(most, rowRadius(Math.floor(index / perRow)) + offset))
  const radius = Math.max(innerEdge(ring) + 1, Math.min(RING_EDGES[ring] - 1, wanted))
  return polar(angle, radius)
}

/** How much of the map's edge (degrees) a sector's name may run along. */
const LABEL_SPAN = 44

/**
 * The path a sector's name runs along (SVG), scaled by `scale` about `centre`: an arc in the band at the
 * map's edge, centred on the sector. Under the citizen the arc runs the other way, so that no name is
 * read upside down.
 */
export function sectorLabelPath(sector: Sector, scale = 1, centre: Point = { x: 0, y: 0 }): string {
  const middle = sectorStart(sector) + SECTOR_DEGREES / 2
  const below = Math.sin((middle * Math.PI) / 180) > 0.5
  // The baseline sits so that the letters fill the band: they grow outwards above, inwards below.
  const radius = (RING_EDGES.outer - (below ? 12 : 26)) * scale
  const at = (degrees: number) => {
    const p = polar(degrees, radius, centre)
    return `${p.x.toFixed(1)} ${p.y.toFixed(1)}`
  }
  const [from, to] = below
    ? [middle + LABEL_SPAN / 2, middle - LABEL_SPAN / 2]
    : [middle - LABEL_SPAN / 2, middle + LABEL_SPAN / 2]
  return `M ${at(from)} A ${radius} ${radius} 0 0 ${below ? 0 : 1} ${at(to)}`
}

/** The top-left corner of a card centred on `centre`. */
export function cardCorner(centre: Point, size: { w: number; h: number } = PERSON_CARD): Point {
  return { x: centre.x - size.w / 2, y: centre.y - size.h / 2 }
}

export function cardCentre(corner: Point, size: { w: number; h: number } = PERSON_CARD): Point {
  return { x: corner.x + size.w / 2, y: corner.y + size.h / 2 }
}
