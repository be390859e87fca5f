import { describe, expect, it } from 'vitest'
import { type Ring, Rings, type Sector, Sectors } from './network.ts'
import {
  CITIZEN_RADIUS,
  cardCentre,
  cardCorner,
  PERSON_CARD,
  RING_EDGES,
  ringAt,
  SECTOR_LABEL_BAND,
  sectorAt,
  slotCentre,
} from './network-map-geometry.ts'

type Counts = (ring: Ring, sector: Sector) => number

/** Every card of a map where `counts` people share each ring and sector, with where it lies. */
function cards(counts: Counts) {
  return Rings.flatMap((ring) =>
    Sectors.flatMap((sector) => {
      const count = counts(ring, sector)
      return Array.from({ length: count }, (_, index) => ({
        cell: `${ring}/${sector}#${index}`,
        ...slotCentre(ring, sector, index, count),
      }))
    }),
  )
}

function overlapping(counts: Counts): string[] {
  const all = cards(counts)
  return all.flatMap((a, i) =>
    all
      .slice(i + 1)
      .filter((b) => Math.abs(a.x - b.x) < PERSON_CARD.w && Math.abs(a.y - b.y) < PERSON_CARD.h)
      .map((b) => `${a.cell} × ${b.cell}`),
  )
}

describe('the network map geometry', () => {
  it('reads the ring from the distance to the citizen', () => {
    expect(ringAt({ x: 0, y: 200 })).toBe('close')
    expect(ringAt({ x: 400, y: 0 })).toBe('middle')
    expect(ringAt({ x: -500, y: 400 })).toBe('outer')
    expect(ringAt({ x: 5000, y: 0 })).toBe('outer')
  })

  it('places every slot back in its own ring and sector', () => {
    for (const ring of Rings)
      for (const sector of Sectors)
        for (const count of [1, 2, 5, 9])
          for (let index = 0; index < count; index++) {
            const centre = slotCentre(ring, sector, index, count)
            expect([ringAt(centre), sectorAt(centre)]).toEqual([ring, sector])
          }
  })

  it('keeps the cards of a busy cell (up to five) from covering each other', () => {
    for (const [sector, count] of [
      ['municipal', 5],
      ['family', 4],
      ['civilSociety', 3],
    ] as const) {
      const centres = Array.from({ length: count }, (_, i) => slotCentre('middle', sector, i, count))
      for (const [i, a] of centres.entries())
        for (const b of centres.slice(i + 1)) {
          const apart = Math.abs(a.x - b.x) >= PERSON_CARD.w || Math.abs(a.y - b.y) >= PERSON_CARD.h
          expect(apart, `${sector}: ${JSON.stringify([a, b])}`).toBe(true)
        }
    }
  })

  it('keeps the cards of neighbouring cells apart on a full map', () => {
    const demo: Record<string, number> = {
      'close/family': 1,
      'close/friends': 1,
      'close/civilSociety': 1,
      'close/municipal': 2,
      'middle/friends': 1,
      'middle/municipal': 4,
      'middle/regional': 1,
      'outer/family': 1,
      'outer/civilSociety': 1,
    }
    const maps: Record<string, Counts> = {
      demo: (ring, sector) => demo[`${ring}/${sector}`] ?? 0,
      'two close by in three sectors': (ring, sector) =>
        ring === 'close' ? (['family', 'friends', 'municipal'].includes(sector) ? 2 : 1) : 2,
      'three in every outer and middle cell': (ring) => (ring === 'close' ? 1 : 3),
      'five professionals in the middle': (ring, sector) =>
        ring === 'middle' && sector === 'municipal' ? 5 : ring === 'outer' ? 2 : 1,
    }
    for (const [name, counts] of Object.entries(maps)) expect(overlapping(counts), name).toEqual([])
  })

  it('keeps every card off the citizen and out of the band at the edge that holds the sector names', () => {
    const edge = RING_EDGES.outer - SECTOR_LABEL_BAND
    for (const count of [1, 2, 3, 5, 8]) {
      for (const card of cards(() => count)) {
        const far = Math.hypot(Math.abs(card.x) + PERSON_CARD.w / 2, Math.abs(card.y) + PERSON_CARD.h / 2)
        expect(far, card.cell).toBeLessThanOrEqual(edge + 1e-6)
        // The point of the card nearest the centre, clamped into the card.
        const nearX = Math.max(card.x - PERSON_CARD.w / 2, Math.min(0, card.x + PERSON_CARD.w / 2))
        const nearY = Math.max(card.y - PERSON_CARD.h / 2, Math.min(0, card.y + PERSON_CARD.h / 2))
        expect(Math.hypot(nearX, nearY), card.cell).toBeGreaterThan(CITIZEN_RADIUS)
      }
    }
  })

  it('converts between a card corner and its centre', () => {
    expect(cardCentre(cardCorner({ x: 10, y: -20 }))).toEqual({ x: 10, y: -20 })
  })
})
