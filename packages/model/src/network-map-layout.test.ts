import { describe, expect, it } from 'vitest'
import { type Ring, Rings, type Sector, Sectors } from './network.ts'
import { RING_EDGES, ringAt, sectorAt } from './network-map-geometry.ts'
import { labelBeside, networkMapLayout } from './network-map-layout.ts'

interface Person {
  id: string
  ring: Ring
  sector: Sector
}

/** Two or three people in every ring and sector, in an order that mixes the cells. */
const crowd: Person[] = Array.from({ length: 40 }, (_, i) => ({
  id: `p${i}`,
  ring: Rings[i % Rings.length] as Ring,
  sector: Sectors[(i * 5) % Sectors.length] as Sector,
}))

const surfaces = [
  { name: 'the board', options: {} },
  { name: 'the citizen page', options: { radius: 260, centre: { x: 390, y: 300 } } },
  { name: 'the printed record', options: { radius: 335, centre: { x: 350, y: 350 } } },
]

describe('the network map laid out for a surface', () => {
  it('nests the rings without overlap, the citizen inside the first, at every scale', () => {
    for (const { name, options } of surfaces) {
      const { rings, citizenRadius } = networkMapLayout([], options)
      expect(rings.close.inner, name).toBe(citizenRadius)
      expect(rings.middle.inner, name).toBe(rings.close.outer)
      expect(rings.outer.inner, name).toBe(rings.middle.outer)
      for (const ring of Rings)
        expect(rings[ring].outer, `${name} ${ring}`).toBeGreaterThan(rings[ring].inner)
    }
    expect(networkMapLayout([], { radius: 335 }).rings.outer.outer).toBeCloseTo(335)
  })

  it('places each person inside her own ring and sector, at every scale and centre', () => {
    for (const { name, options } of surfaces) {
      const layout = networkMapLayout(crowd, options)
      expect(layout.people.map((p) => p.person)).toEqual(crowd)
      for (const { person, x, y } of layout.people) {
        // Back in board units around the citizen, where the board reads a card's ring and sector.
        const board = { x: (x - layout.centre.x) / layout.scale, y: (y - layout.centre.y) / layout.scale }
        expect([ringAt(board), sectorAt(board)], `${name} ${person.id}`).toEqual([person.ring, person.sector])
        const distance = Math.hypot(x - layout.centre.x, y - layout.centre.y)
        expect(distance).toBeGreaterThan(layout.rings[person.ring].inner)
        expect(distance).toBeLessThan(layout.rings[person.ring].outer)
      }
    }
  })

  it('keeps the sectors whole and in order around the circle', () => {
    const { sectors } = networkMapLayout([])
    expect(sectors.map((s) => s.sector)).toEqual([...Sectors])
    for (const [i, s] of sectors.entries()) {
      expect(s.end, s.sector).toBeGreaterThan(s.start)
      if (i > 0) expect(s.start, s.sector).toBe(sectors[i - 1]?.end)
      expect(Math.hypot(s.to.x, s.to.y)).toBeCloseTo(RING_EDGES.outer)
    }
    expect((sectors.at(-1)?.end ?? 0) - (sectors[0]?.start ?? 0)).toBe(360)
  })

  it('moves nobody when someone is added in another ring or sector', () => {
    const before = networkMapLayout(crowd, { radius: 300 })
    const after = networkMapLayout([...crowd, { id: 'new', ring: 'close', sector: 'regional' }], {
      radius: 300,
    })
    const moved = before.people.filter((p, i) => {
      const now = after.people[i]
      return p.person.ring === 'close' && p.person.sector === 'regional'
        ? false
        : now?.x !== p.x || now?.y !== p.y
    })
    expect(moved).toEqual([])
  })

  it('lays out the same people the same way every time', () => {
    const first = networkMapLayout(crowd, { radius: 260, centre: { x: 1, y: 2 } })
    expect(networkMapLayout(crowd, { radius: 260, centre: { x: 1, y: 2 } })).toEqual(first)
  })

  it('scales the board picture: a surface sees the same map, smaller', () => {
    const board = networkMapLayout(crowd)
    const small = networkMapLayout(crowd, { radius: RING_EDGES.outer / 3 })
    small.people.forEach((p, i) => {
      expect(p.x * 3).toBeCloseTo(board.people[i]?.x ?? Number.NaN)
      expect(p.y * 3).toBeCloseTo(board.people[i]?.y ?? Number.NaN)
    })
    expect(small.citizenRadius * 3).toBeCloseTo(board.citizenRadius)
  })

  it("writes a sector's name outside the outer ring, away from the citizen", () => {
    const { sectors, centre, rings } = networkMapLayout([], { radius: 200, centre: { x: 300, y: 300 } })
    for (const { label, sector } of sectors) {
      expect(Math.hypot(label.x - centre.x, label.y - centre.y), sector).toBeGreaterThan(rings.outer.outer)
    }
  })

  it('writes a name beside a point, away from the citizen', () => {
    expect(labelBeside({ x: 10, y: 0 }, 0, 5)).toEqual({ x: 15, y: 0, anchor: 'start' })
    expect(labelBeside({ x: -10, y: 0 }, 180, 5)).toMatchObject({ x: -15, anchor: 'end' })
    expect(labelBeside({ x: 0, y: -10 }, -90, 5)).toMatchObject({ x: 0, anchor: 'middle' })
    expect(labelBeside({ x: 0, y: -10 }, -90, 5).y).toBeLessThan(-10)
    expect(labelBeside({ x: 0, y: 10 }, 90, 5).y).toBeGreaterThan(10)
  })
})
