import { Rings, Sectors } from '@bordenden/model'
import { describe, expect, it } from 'vitest'
import { cardCentre, cardCorner, PERSON_CARD, ringAt, sectorAt, slotCentre } from './networkGeometry.ts'

describe('the network map geometry', () => {
  it('reads the ring from the distance to the citizen', () => {
    expect(ringAt({ x: 0, y: 200 })).toBe('close')
    expect(ringAt({ x: 400, y: 0 })).toBe('middle')
    expect(ringAt({ x: -600, y: 400 })).toBe('outer')
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

  it('converts between a card corner and its centre', () => {
    expect(cardCentre(cardCorner({ x: 10, y: -20 }))).toEqual({ x: 10, y: -20 })
  })
})
