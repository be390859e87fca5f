import { describe, expect, it } from 'vitest'
import { AGREEMENT_CARD, COLUMN, cardPosition, columnAt, columnHeight, columnX } from './goalsGeometry.ts'

describe('the goal board geometry', () => {
  it('finds the column a card is dropped on, and none in the gaps or beyond', () => {
    expect(columnAt(columnX(2) + 10, 3)).toBe(2)
    expect(columnAt(columnX(1) + COLUMN.w + 5, 3)).toBeUndefined()
    expect(columnAt(columnX(3) + 10, 3)).toBeUndefined()
    expect(columnAt(-10, 3)).toBeUndefined()
  })

  it('stacks cards inside their column', () => {
    const last = cardPosition(1, 2)
    expect(columnAt(last.x + AGREEMENT_CARD.w / 2, 2)).toBe(1)
    expect(last.y + AGREEMENT_CARD.h).toBeLessThanOrEqual(columnHeight(3))
  })
})
