import {
  CourseDoc,
  dateIn,
  networkMapLayout,
  RING_EDGES,
  type Ring,
  Rings,
  type Sector,
  Sectors,
} from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type Box,
  layoutNetworkPresentation,
  type Measure,
  nameLines,
  type PresentedPerson,
} from './networkPresentationLayout.ts'

// A rough font: bold letters a little wider than regular ones, as in the browser's system-ui.
const measure: Measure = (text, px, weight) => text.length * px * (weight === 700 ? 0.62 : 0.52)

function crowd(count: number, only?: { ring: Ring; sector: Sector }): PresentedPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name: `Person Nummer${i}`,
    secondary: 'Sagsbehandler, Jobcenter',
    ring: only?.ring ?? (Rings[i % Rings.length] as Ring),
    sector: only?.sector ?? (Sectors[(i * 5) % Sectors.length] as Sector),
  }))
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

function expectNoOverlap(boxes: Box[]) {
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), JSON.stringify({ a, b })).toBe(false)
}

describe('the network map on the shared screen', () => {
  it('places twenty people at full size without one label over another, on a 1920×1080 screen', () => {
    const layout = layoutNetworkPresentation(
      crowd(20),
      'Sofie Andersen',
      (s) => s,
      { w: 1920, h: 1000 },
      measure,
    )
    expect(layout.px.name).toBeGreaterThanOrEqual(28)
    expect(layout.px.secondary).toBeGreaterThanOrEqual(20)
    expectNoOverlap([...layout.people, ...layout.sectors])
    // The map may grow a little past the screen; scaled back to fit, the names are still large enough.
    const fitted = Math.min(1920 / layout.bounds.w, 1000 / layout.bounds.h)
    expect(layout.px.name * fitted).toBeGreaterThanOrEqual(28)
    expect(layout.px.secondary * fitted).toBeGreaterThanOrEqual(20)
  })

  it("places the demo course's network grown to twenty, crowded among the professionals", () => {
    const course = new CourseDoc(new Y.Doc(), new Y.Doc())
    seedDemoCourse(course, { today: dateIn() })
    const people: PresentedPerson[] = course.people
      .list()
      .filter((p) => !p.excludedByCitizen)
      .map((p) => ({ ...p, secondary: [p.role, p.organisation].filter(Boolean).join(', ') }))
    people.push(...crowd(20 - people.length))
    for (const screen of [
      { w: 1920, h: 1040 },
      { w: 1280, h: 760 },
    ]) {
      const layout = layoutNetworkPresentation(people, 'Jens Madsen', (s) => s, screen, measure)
      expectNoOverlap([...layout.people, ...layout.sectors])
    }
  })

  it("puts a person's label where her card is on the board, stretched to the screen", () => {
    const people: PresentedPerson[] = [
      { id: 'a', name: 'Kim', secondary: '', ring: 'middle', sector: 'municipal' },
      { id: 'b', name: 'Lone', secondary: 'Moster', ring: 'outer', sector: 'family' },
    ]
    const screen = { w: 1920, h: 1080 }
    const layout = layoutNetworkPresentation(people, 'Jens', (s) => s, screen, measure)
    const board = networkMapLayout(people)
    for (const [i, label] of layout.people.entries()) {
      const card = board.people[i]!
      const outer = layout.rings.outer
      expect(label.x + label.w / 2).toBeCloseTo(layout.centre.x + (card.x / RING_EDGES.outer) * outer.rx)
      expect(label.y + label.h / 2).toBeCloseTo(layout.centre.y + (card.y / RING_EDGES.outer) * outer.ry)
    }
    expect(layout.rings.close.rx / layout.rings.outer.rx).toBeCloseTo(RING_EDGES.close / RING_EDGES.outer)
  })

  it('keeps every label clear of the citizen in the middle', () => {
    const layout = layoutNetworkPresentation(
      crowd(6, { ring: 'close', sector: 'family' }),
      'Sofie Andersen',
      (s) => s,
      { w: 1280, h: 720 },
      measure,
    )
    const { centre, citizen } = layout
    const circle = { x: centre.x - citizen.r, y: centre.y - citizen.r, w: citizen.r * 2, h: citizen.r * 2 }
    for (const label of layout.people) expect(overlaps(label, circle)).toBe(false)
    expectNoOverlap(layout.people)
  })

  it('grows past the screen rather than overlapping when a cell is too crowded for it', () => {
    const layout = layoutNetworkPresentation(
      crowd(30, { ring: 'outer', sector: 'municipal' }),
      'Jens',
      (s) => s,
      { w: 1280, h: 720 },
      measure,
    )
    expectNoOverlap(layout.people)
    expect(layout.bounds.w * layout.bounds.h).toBeGreaterThan(1280 * 720)
  })

  it("writes the citizen's name in lines inside the circle", () => {
    expect(nameLines('Sofie Andersen', (line) => line.length <= 8)).toEqual(['Sofie', 'Andersen'])
    expect(nameLines('Jens Ole Madsen', (line) => line.length <= 8)).toEqual(['Jens Ole', 'Madsen'])
    expect(nameLines('Ida Holm-Jensen', (line) => line.length <= 8)).toEqual(['Ida', 'Holm-', 'Jensen'])
    expect(nameLines('Ida Holm-Jensen', (line) => line.length <= 20)).toEqual(['Ida Holm-Jensen'])
    const layout = layoutNetworkPresentation([], 'Sofie Andersen', (s) => s, { w: 1920, h: 1000 }, measure)
    const widest = Math.max(...layout.citizen.lines.map((line) => measure(line, layout.citizen.px, 700)))
    expect(widest).toBeLessThan(layout.citizen.r * 2)
  })
})
