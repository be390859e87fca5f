import {
  label,
  type MapPerson,
  type MapSector,
  type NetworkMapLayout,
  networkMapLayout,
  type Ring,
  Rings,
  type Sector,
  Sectors,
} from '@bordenden/model'
import type { RecordContent } from './record-content.ts'
import { clipToWidth, escapeXml, FONT, textLines, textWidth, wrapText } from './svg-text.ts'
import { recordText as t } from './texts.ts'

/** Sized so that on A4 (the map about 17 cm wide) the names print at about 10 pt. */
const SIZE = 700
const C = SIZE / 2
const NAME = 14
const SECTOR = 14
const DOT = 7
/** A person whose name is under the map instead has a number in a larger dot. */
const NUMBERED_DOT = 10

interface Box {
  x1: number
  y1: number
  x2: number
  y2: number
}
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2
const inside = (b: Box) => b.x1 >= 2 && b.y1 >= 2 && b.x2 <= SIZE - 2 && b.y2 <= SIZE - 2
const point = (angle: number, r: number) => ({ x: C + Math.cos(angle) * r, y: C + Math.sin(angle) * r })
const radians = (degrees: number) => (degrees * Math.PI) / 180

type RecordPerson = RecordContent['network'][number]
type Placed = RecordPerson & { ring: Ring; sector: Sector }
type Layout = NetworkMapLayout<Placed>

/**
 * The board's map, scaled so that the outer ring nearly fills the square. A record keeps what it stored;
 * a ring or sector the model no longer knows is drawn as the outermost ring or the "other" sector.
 */
function layoutOf(network: RecordPerson[]): Layout {
  const placed = network.map(
    (p): Placed => ({
      ...p,
      ring: Rings.find((r) => r === p.ring) ?? 'outer',
      sector: Sectors.find((s) => s === p.sector) ?? 'other',
    }),
  )
  return networkMapLayout(placed, { radius: 335, centre: { x: C, y: C } })
}

/**
 * The citizen's name in the centre circle of radius `r`: up to four lines, as large as fits without
 * breaking a word ("Jens" / "Madsen", not "Mads" / "en"), and never under 12 (8 pt on A4).
 */
function centreName(name: string, r: number): string {
  // The lines' middle part of the circle is nearly as wide as the circle.
  const width = r * 1.7
  const words = name.split(/\s+/).length
  for (const size of [17, 16, 15, 14, 13, 12]) {
    const lines = wrapText(name, width, size, { bold: true })
    if (lines.length <= Math.min(4, words) && lines.length * size * 1.15 <= r * 1.6) return place(lines, size)
  }
  return place(wrapText(name, width, 12, { bold: true, maxLines: 4 }), 12)
  function place(lines: string[], size: number) {
    const step = Math.round(size * 1.15)
    const first = C - ((lines.length - 1) * step) / 2 + size * 0.35
    return textLines(
      lines,
      { x: C, y: first, size, lineHeight: step },
      'text-anchor="middle" fill="#fff" font-weight="bold"',
    )
  }
}

/** The sector's name just inside the outer ring (radius `outer`), in the middle of its slice. */
function sectorLabel(sector: MapSector, outer: number): { svg: string; box: Box } {
  const lines = wrapText(label('sector', sector.sector), 140, SECTOR, { bold: true, maxLines: 2 })
  const width = Math.max(...lines.map((l) => textWidth(l, SECTOR, true)))
  const height = lines.length * SECTOR * 1.25
  // As far out as the label's corners stay inside the outer ring, whichever way the slice points.
  const mid = radians((sector.start + sector.end) / 2)
  const fits = (d: number) =>
    [-1, 1].every((sx) =>
      [-1, 1].every(
        (sy) =>
          Math.hypot(Math.cos(mid) * d + (sx * width) / 2, Math.sin(mid) * d + (sy * height) / 2) <=
          outer - 8,
      ),
    )
  let distance = outer
  while (!fits(distance)) distance -= 2
  const centre = point(mid, distance)
  const box = {
    x1: centre.x - width / 2,
    y1: centre.y - height / 2,
    x2: centre.x + width / 2,
    y2: centre.y + height / 2,
  }
  const svg = textLines(
    lines,
    { x: centre.x, y: box.y1 + SECTOR, size: SECTOR },
    'text-anchor="middle" fill="#3b4252" font-weight="bold"',
  )
  return { svg, box }
}

type Placement = 'below' | 'above' | 'right' | 'left'
const placements: Placement[] = ['below', 'above', 'right', 'left']

function labelAt(x: number, y: number, width: number, where: Placement) {
  const h = NAME * 1.2
  switch (where) {
    case 'below':
      return {
        box: { x1: x - width / 2, y1: y + DOT, x2: x + width / 2, y2: y + DOT + h },
        tx: x,
        ty: y + DOT + NAME,
        anchor: 'middle',
      }
    case 'above':
      return {
        box: { x1: x - width / 2, y1: y - DOT - h, x2: x + width / 2, y2: y - DOT },
        tx: x,
        ty: y - DOT - NAME * 0.3,
        anchor: 'middle',
      }
    case 'right':
      return {
        box: { x1: x + DOT + 2, y1: y - h / 2, x2: x + DOT + 2 + width, y2: y + h / 2 },
        tx: x + DOT + 3,
        ty: y + NAME * 0.35,
        anchor: 'start',
      }
    case 'left':
      return {
        box: { x1: x - DOT - 2 - width, y1: y - h / 2, x2: x - DOT - 2, y2: y + h / 2 },
        tx: x - DOT - 3,
        ty: y + NAME * 0.35,
        anchor: 'end',
      }
  }
}

/**
 * The network map as SVG, drawn from the record without a browser: the citizen in the centre, three
 * rings of closeness, one slice per kind of relation. Each person is placed in their ring and slice
 * where their name overlaps nothing else; where the names do not fit, numbers explained under the map.
 * A <title> and <desc> make it readable aloud.
 */
export function networkMapSvg(content: RecordContent): string {
  const layout = layoutOf(content.network)
  const { rings, citizenRadius } = layout
  const parts: string[] = []
  for (const ring of [...Rings].reverse()) {
    parts.push(
      `<circle cx="${C}" cy="${C}" r="${rings[ring].outer.toFixed(1)}" fill="none" stroke="#8a94a6" stroke-width="1.5"/>`,
    )
  }
  for (const { from, to } of layout.sectors) {
    parts.push(
      `<line x1="${from.x.toFixed(1)}" y1="${from.y.toFixed(1)}" x2="${to.x.toFixed(1)}" y2="${to.y.toFixed(1)}" stroke="#c5cbd6"/>`,
    )
  }
  const sectorLabels = layout.sectors.map((sector) => sectorLabel(sector, rings.outer.outer))
  parts.push(...sectorLabels.map((s) => s.svg))
  parts.push(
    `<circle cx="${C}" cy="${C}" r="${citizenRadius.toFixed(1)}" fill="#1f4e79"/>`,
    centreName(content.course.citizenName, citizenRadius),
  )

  const taken: Box[] = [
    { x1: C - citizenRadius, y1: C - citizenRadius, x2: C + citizenRadius, y2: C + citizenRadius },
    ...sectorLabels.map((s) => s.box),
  ]
  const numbered: string[] = []
  const dot = (spot: { x: number; y: number }, excluded: boolean, r = DOT) => {
    const style = excluded
      ? 'fill="#f3f4f6" stroke="#6b7280" stroke-dasharray="3 2"'
      : 'fill="#fff" stroke="#1f4e79"'
    return `<circle cx="${spot.x.toFixed(1)}" cy="${spot.y.toFixed(1)}" r="${r}" ${style} stroke-width="2"/>`
  }
  for (const ring of Rings) {
    layout.sectors.forEach((sector) => {
      const cell = layout.people.filter((p) => p.person.sector === sector.sector && p.person.ring === ring)
      const people = cell.map((p) => p.person)
      const names = people.map((p) => clipToWidth(p.name, 150, NAME))
      // Everyone in a ring's slice gets their name beside them, or, when the names do not all fit,
      // everyone there gets a number: a slice reads one way.
      const trial = [...taken]
      const named = names.map((name, j) => findSpot(cell[j], sector, layout, textWidth(name, NAME), trial))
      if (named.every((spot) => spot.label)) {
        taken.splice(0, taken.length, ...trial)
        named.forEach((spot, j) => {
          const { tx, ty, anchor } = spot.label ?? { tx: 0, ty: 0, anchor: 'middle' }
          parts.push(
            dot(spot, people[j]?.excludedByCitizen ?? false),
            `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" font-size="${NAME}" text-anchor="${anchor}" fill="#111">${escapeXml(names[j] ?? '')}</text>`,
          )
        })
        return
      }
      people.forEach((person, j) => {
        const spot = findSpot(cell[j], sector, layout, null, taken)
        numbered.push(person.name)
        parts.push(
          dot(spot, person.excludedByCitizen, NUMBERED_DOT),
          `<text x="${spot.x.toFixed(1)}" y="${(spot.y + 4).toFixed(1)}" font-size="12" text-anchor="middle" fill="#111">${numbered.length}</text>`,
        )
      })
    })
  }
  const legend = numbered.length
    ? wrapText(
        t('networkMap.legend', { numbers: numbered.map((name, i) => `${i + 1} ${name}`).join(' · ') }),
        SIZE - 20,
        NAME,
      )
    : []
  const height = SIZE + (legend.length ? legend.length * NAME * 1.25 + 10 : 0)
  if (legend.length) parts.push(textLines(legend, { x: 10, y: SIZE + NAME, size: NAME }, 'fill="#111"'))

  const desc = content.network
    .map(
      (p) => `${p.name} (${p.role || label('sector', p.sector as never)}, ${label('ring', p.ring as never)})`,
    )
    .join('; ')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${height}" font-family="${FONT}" role="img" aria-labelledby="nm-title nm-desc">` +
    `<title id="nm-title">${escapeXml(t('networkMap.title', { name: content.course.citizenName }))}</title>` +
    `<desc id="nm-desc">${escapeXml(desc)}</desc>${parts.join('')}</svg>`
  )
}

/**
 * The first spot in the person's ring and slice, nearest where the map puts her, where the dot, and the
 * name `width` wide beside it unless that is null, overlap nothing placed before. Without one, a dot that
 * misses the others, or at last her place on the map itself. What it places goes into `taken`.
 */
function findSpot(
  at: MapPerson<Placed> | undefined,
  sector: MapSector,
  layout: Layout,
  width: number | null,
  taken: Box[],
): { x: number; y: number; label: ReturnType<typeof labelAt> | null } {
  if (!at) throw new Error('a cell of the map without its person')
  const band = layout.rings[at.person.ring]
  const margin = 0.06
  const from = radians(sector.start) + margin
  const span = radians(sector.end - sector.start) - 2 * margin
  const ideal = radians(at.angle)
  const step = span / 30
  const angles = Array.from(
    { length: 61 },
    (_, k) => ideal + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * step,
  ).filter((a) => a >= from && a <= from + span)
  const depth = band.outer - band.inner
  const distance = Math.hypot(at.x - C, at.y - C)
  const radii = [0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3]
    .map((t) => distance + depth * t)
    .filter((r) => r > band.inner + DOT && r < band.outer - DOT)
  const spots = angles.flatMap((a) => radii.map((r) => point(a, r)))
  const r = width === null ? NUMBERED_DOT : DOT
  const dotAt = ({ x, y }: { x: number; y: number }) => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r })
  // A little air around everything placed, so names do not touch.
  const free = (b: Box) =>
    !taken.some((t) => overlaps({ x1: b.x1 - 2, y1: b.y1 - 2, x2: b.x2 + 2, y2: b.y2 + 2 }, t))
  if (width !== null) {
    for (const spot of spots) {
      if (!free(dotAt(spot))) continue
      for (const where of placements) {
        const label = labelAt(spot.x, spot.y, width, where)
        if (!inside(label.box) || !free(label.box)) continue
        taken.push(dotAt(spot), label.box)
        return { ...spot, label }
      }
    }
  }
  const spot = spots.find((s) => free(dotAt(s))) ?? { x: at.x, y: at.y }
  taken.push(dotAt(spot))
  return { ...spot, label: null }
}
