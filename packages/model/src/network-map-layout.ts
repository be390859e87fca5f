import type { Ring, Sector } from './network.ts'
import { Rings, Sectors } from './network.ts'
import {
  CITIZEN_RADIUS,
  innerEdge,
  type Point,
  polar,
  RING_EDGES,
  SECTOR_DEGREES,
  sectorLabelPath,
  sectorStart,
  slotCentre,
} from './network-map-geometry.ts'

export type TextAnchor = 'start' | 'middle' | 'end'

/** Where a text goes: `anchor` says which end of it (SVG text-anchor) is at the point. */
export interface TextPlace extends Point {
  anchor: TextAnchor
}

export interface MapSector {
  sector: Sector
  /** Angles in degrees, clockwise from the right (y points down). */
  start: number
  end: number
  /** The sector's dividing line, from the citizen's circle to the outer ring. */
  from: Point
  to: Point
  /** Where its name goes written straight, just outside the outer ring in the middle of the sector. */
  label: TextPlace
  /** Or the arc its name runs along, in the band just inside the outer ring (SVG path). */
  labelPath: string
}

export interface MapPerson<P> extends Point {
  person: P
  /** Her direction from the citizen (degrees). */
  angle: number
}

export interface NetworkMapLayout<P> {
  centre: Point
  /** Surface units per board unit. */
  scale: number
  citizenRadius: number
  /** The inner and outer edge of each ring. */
  rings: Record<Ring, { inner: number; outer: number }>
  sectors: MapSector[]
  people: MapPerson<P>[]
}

export interface NetworkMapOptions {
  /** The outer ring's radius on the surface; the board's own is RING_EDGES.outer. */
  radius?: number
  centre?: Point
  /** The space between the outer ring and a sector's name written outside it. */
  labelGap?: number
}

/**
 * The network map laid out for one surface: the board's picture scaled so that the outer ring has the
 * surface's `radius`. A person's place depends only on who shares her ring and sector (in list order),
 * so adding someone elsewhere moves nobody.
 */
export function networkMapLayout<P extends { ring: Ring; sector: Sector }>(
  people: readonly P[],
  options: NetworkMapOptions = {},
): NetworkMapLayout<P> {
  const centre = options.centre ?? { x: 0, y: 0 }
  const scale = (options.radius ?? RING_EDGES.outer) / RING_EDGES.outer
  const gap = options.labelGap ?? 12
  const citizenRadius = CITIZEN_RADIUS * scale
  const outer = RING_EDGES.outer * scale
  const rings = Object.fromEntries(
    Rings.map((ring) => [ring, { inner: innerEdge(ring) * scale, outer: RING_EDGES[ring] * scale }]),
  ) as Record<Ring, { inner: number; outer: number }>

  const sectors = Sectors.map((sector): MapSector => {
    const start = sectorStart(sector)
    const middle = start + SECTOR_DEGREES / 2
    return {
      sector,
      start,
      end: start + SECTOR_DEGREES,
      from: polar(start, citizenRadius, centre),
      to: polar(start, outer, centre),
      label: labelBeside(polar(middle, outer, centre), middle, gap),
      labelPath: sectorLabelPath(sector, scale, centre),
    }
  })

  const cells = new Map<string, P[]>()
  for (const person of people) {
    const key = `${person.ring}/${person.sector}`
    cells.set(key, [...(cells.get(key) ?? []), person])
  }
  const placed = people.map((person): MapPerson<P> => {
    const cell = cells.get(`${person.ring}/${person.sector}`) ?? [person]
    const slot = slotCentre(person.ring, person.sector, cell.indexOf(person), cell.length)
    const at = { x: centre.x + slot.x * scale, y: centre.y + slot.y * scale }
    const angle = (Math.atan2(slot.y, slot.x) * 180) / Math.PI
    return { person, ...at, angle }
  })

  return { centre, scale, citizenRadius, rings, sectors, people: placed }
}

/**
 * Where a text goes beside a point in direction `degrees` from the centre, `gap` away from it: to the
 * right on the right, to the left on the left, above or below it at the top and bottom (its middle).
 */
export function labelBeside(at: Point, degrees: number, gap: number): TextPlace {
  const radians = (degrees * Math.PI) / 180
  const cos = Math.cos(radians)
  if (cos > 0.35) return { x: at.x + gap, y: at.y, anchor: 'start' }
  if (cos < -0.35) return { x: at.x - gap, y: at.y, anchor: 'end' }
  // Above or below, the text's middle sits further off: its half height is in the way.
  const off = gap * 1.6
  return { x: at.x, y: at.y + (Math.sin(radians) > 0 ? off : -off), anchor: 'middle' }
}
