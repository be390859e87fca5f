import { networkMapLayout, type Point, RING_EDGES, type Ring, Rings, type Sector } from '@bordenden/model'

/**
 * The network map for the shared screen, laid out in screen pixels: the board's map (the model's one
 * geometry) stretched to ellipses filling the screen (a projector is wider than tall), each person a label
 * (name, then role) in the free place nearest where her card is on the board, so no label covers another. The type has a fixed size on screen, so the map never shrinks
 * names to fit; a map too crowded for the screen grows past it and the view scales it down (see
 * NetworkPresentation).
 */

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** The sizes of the type (px) on a 1920×1080 screen; other screens scale them (see typeScale). */
export const PRESENTATION_TYPE = { name: 32, secondary: 23, sector: 24, padding: 10 } as const

/** How much larger or smaller the type is on this screen: a laptop still reads it, a big screen fills. */
export function typeScale(width: number, height: number): number {
  return Math.max(0.75, Math.min(1.25, width / 1920, height / 1080))
}

/** Measures a line of text in px: `weight` 700 for names, 400 for the rest. */
export type Measure = (text: string, px: number, weight: 400 | 700) => number

export interface PresentedPerson {
  id: string
  name: string
  /** Role and organisation, on the line under the name; may be empty. */
  secondary: string
  ring: Ring
  sector: Sector
}

export interface PlacedLabel extends Box {
  person: PresentedPerson
}

export interface PlacedSector extends Box {
  sector: Sector
  name: string
  /** Where the sector's dividing line meets the outer ring, from the centre. */
  edge: { x: number; y: number }
}

export interface NetworkPresentationLayout {
  centre: { x: number; y: number }
  /** The outer edge of each ring as an ellipse's radii. */
  rings: Record<Ring, { rx: number; ry: number }>
  citizen: { r: number; lines: string[]; px: number }
  sectors: PlacedSector[]
  people: PlacedLabel[]
  /** Everything drawn: the view fits this into the screen. */
  bounds: Box
  px: { name: number; secondary: number; sector: number }
}

const GAP = 10

function lineHeights(scale: number) {
  const name = Math.round(PRESENTATION_TYPE.name * scale)
  const secondary = Math.round(PRESENTATION_TYPE.secondary * scale)
  return { name, secondary, sector: Math.round(PRESENTATION_TYPE.sector * scale) }
}

/**
 * "Sofie Andersen" → ["Sofie", "Andersen"]: a name in as few lines as `fits` allows, broken between words
 * or after a hyphen ("Østergaard-" / "Johansen").
 */
export function nameLines(name: string, fits: (line: string) => boolean): string[] {
  const words = name.match(/[^\s-]+-*|-+/g) ?? []
  const lines: string[] = []
  for (const word of words) {
    const last = lines.at(-1)
    const joined = last === undefined ? word : last.endsWith('-') ? `${last}${word}` : `${last} ${word}`
    if (last !== undefined && fits(joined)) lines[lines.length - 1] = joined
    else lines.push(word)
  }
  return lines
}

function overlap(a: Box, b: Box): { x: number; y: number } | null {
  const x = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + GAP
  const y = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + GAP
  return x > 0 && y > 0 ? { x, y } : null
}

function union(boxes: Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x))
  const top = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.w))
  const bottom = Math.max(...boxes.map((b) => b.y + b.h))
  return { x: left, y: top, w: right - left, h: bottom - top }
}

export function layoutNetworkPresentation(
  people: PresentedPerson[],
  citizenName: string,
  sectorName: (sector: Sector) => string,
  screen: { w: number; h: number },
  measure: Measure,
): NetworkPresentationLayout {
  const scale = typeScale(screen.w, screen.h)
  const px = lineHeights(scale)
  const pad = Math.round(PRESENTATION_TYPE.padding * scale)
  const centre = { x: screen.w / 2, y: screen.h / 2 }
  const outer = { rx: screen.w / 2 - pad, ry: screen.h / 2 - pad }
  // The board's map in its own units (outer ring 1 after dividing by RING_EDGES.outer), then stretched.
  const map = networkMapLayout(people)
  const share = (boardUnits: number) => boardUnits / RING_EDGES.outer
  const rings = Object.fromEntries(
    Rings.map((ring) => {
      const edge = share(map.rings[ring].outer)
      return [ring, { rx: outer.rx * edge, ry: outer.ry * edge }]
    }),
  ) as Record<Ring, { rx: number; ry: number }>
  const at = (share: number, angle: number) => ({
    x: centre.x + outer.rx * share * Math.cos(angle),
    y: centre.y + outer.ry * share * Math.sin(angle),
  })
  const onScreen = (p: Point) => ({
    x: centre.x + outer.rx * share(p.x),
    y: centre.y + outer.ry * share(p.y),
  })
  const radians = (degrees: number) => (degrees * Math.PI) / 180

  const citizenLines = nameLines(citizenName, (line) => measure(line, px.name, 700) <= px.name * 6)
  const citizenWidest = Math.max(...citizenLines.map((line) => measure(line, px.name, 700)))
  const citizenR = Math.max(
    px.name * 2,
    citizenWidest / 2 + pad * 2,
    (citizenLines.length * px.name * 1.2) / 2 + pad,
  )
  const citizenBox = { x: centre.x - citizenR, y: centre.y - citizenR, w: citizenR * 2, h: citizenR * 2 }

  const angles = map.sectors.map((s) => ({ sector: s.sector, start: radians(s.start), end: radians(s.end) }))
  const sectors: PlacedSector[] = angles.map(({ sector, start, end }) => {
    const text = sectorName(sector)
    const w = measure(text, px.sector, 700) + pad
    const h = px.sector * 1.3
    const middle = (start + end) / 2
    // The name sits just inside the outer edge, in the middle of its sector.
    const inside = at(1, middle)
    const x = Math.min(Math.max(inside.x - w / 2, centre.x - outer.rx + pad), centre.x + outer.rx - w - pad)
    const y = Math.min(Math.max(inside.y - h / 2, centre.y - outer.ry + pad), centre.y + outer.ry - h - pad)
    return { sector, name: text, x, y, w, h, edge: at(1, start) }
  })

  const labelHeight = px.name * 1.15 + px.secondary * 1.2 + pad
  const taken: Box[] = [citizenBox, ...sectors]
  const placed: PlacedLabel[] = []
  for (const { person, ...board } of map.people) {
    const arc = angles.find((a) => a.sector === person.sector) ?? { start: 0, end: 2 * Math.PI }
    const ring = map.rings[person.ring]
    const band = { from: share(ring.inner), to: share(ring.outer) }
    const w =
      Math.max(measure(person.name, px.name, 700), measure(person.secondary, px.secondary, 400)) + pad * 2
    const ideal = onScreen(board)
    const size = { w, h: labelHeight }
    // In its ring and sector if there is room, else anywhere in its sector, else further out.
    const spot =
      freeSpot(ideal, size, taken, [ideal, ...candidates(at, band, arc)]) ??
      freeSpot(ideal, size, taken, candidates(at, { from: 0.2, to: 1.4 }, arc)) ??
      freeSpot(ideal, size, taken, candidates(at, { from: 1, to: 3 }, { start: 0, end: 2 * Math.PI }))
    const label = { person, ...size, ...(spot ?? { x: ideal.x - w / 2, y: ideal.y - labelHeight / 2 }) }
    placed.push(label)
    taken.push(label)
  }

  const bounds = union([{ x: 0, y: 0, w: screen.w, h: screen.h }, ...placed, ...sectors])
  return {
    centre,
    rings,
    citizen: { r: citizenR, lines: citizenLines, px: px.name },
    sectors,
    people: placed,
    bounds,
    px,
  }
}

/** Points spread over part of the map (shares of the outer ellipse, angles in radians), a few px apart. */
function candidates(
  at: (share: number, angle: number) => { x: number; y: number },
  band: { from: number; to: number },
  arc: { start: number; end: number },
): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = []
  for (let share = band.from; share <= band.to + 1e-9; share += 0.02)
    for (let angle = arc.start; angle <= arc.end + 1e-9; angle += Math.PI / 120) points.push(at(share, angle))
  return points
}

/** The top-left corner of the free place for a label nearest `ideal`, among the candidate centres. */
function freeSpot(
  ideal: { x: number; y: number },
  size: { w: number; h: number },
  taken: Box[],
  centres: { x: number; y: number }[],
): { x: number; y: number } | null {
  const distance = (p: { x: number; y: number }) => Math.hypot(p.x - ideal.x, p.y - ideal.y)
  for (const centre of centres.sort((a, b) => distance(a) - distance(b))) {
    const box = { x: centre.x - size.w / 2, y: centre.y - size.h / 2, ...size }
    if (!taken.some((other) => overlap(box, other))) return { x: box.x, y: box.y }
  }
  return null
}
