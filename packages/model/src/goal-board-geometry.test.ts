import { describe, expect, it } from 'vitest'
import {
  AGREEMENT_CARD,
  COLUMN,
  cardPosition,
  columnAt,
  goalBoardColumns,
  goalBoardLayout,
  goalGrid,
} from './goal-board-geometry.ts'

describe('the goal board geometry', () => {
  it('wraps the columns into rows as tall as their tallest column, the new-goal column last', () => {
    const { columns, adder } = goalGrid([1, 3, 0, 2, 1])
    expect(columns.map((c) => [c.x, c.y])).toEqual([
      [0, 0],
      [COLUMN.w + COLUMN.gap, 0],
      [2 * (COLUMN.w + COLUMN.gap), 0],
      [3 * (COLUMN.w + COLUMN.gap), 0],
      [0, (columns[1]?.h ?? 0) + 2 * COLUMN.gap],
    ])
    expect(adder).toMatchObject({ x: COLUMN.w + COLUMN.gap, y: columns[4]?.y })
  })

  it('finds the column a card is dropped on, and none in the gaps or beyond', () => {
    const { columns } = goalGrid([2, 2, 2, 2, 2])
    const second = columns[1]!
    expect(columnAt({ x: second.x + 10, y: second.y + 40 }, columns)).toBe(1)
    expect(columnAt({ x: second.x + COLUMN.w + 5, y: 40 }, columns)).toBeUndefined()
    const fifth = columns[4]!
    expect(columnAt({ x: fifth.x + 10, y: fifth.y + 10 }, columns)).toBe(4)
    expect(columnAt({ x: -10, y: 10 }, columns)).toBeUndefined()
  })

  it('stacks cards inside their column', () => {
    const { columns } = goalGrid([3, 3])
    const column = columns[1]!
    const last = cardPosition(column, 2)
    const centre = { x: last.x + AGREEMENT_CARD.w / 2, y: last.y + AGREEMENT_CARD.h / 2 }
    expect(columnAt(centre, columns)).toBe(1)
    expect(last.y + AGREEMENT_CARD.h).toBeLessThanOrEqual(column.y + column.h)
  })

  it("puts each agreement in its goal's column, the goalless and those of unknown goals last", () => {
    const agreements = [
      { id: 'a1', goalId: 'g2' },
      { id: 'a2', goalId: null },
      { id: 'a3', goalId: 'g1' },
      { id: 'a4', goalId: 'gone' },
      { id: 'a5', goalId: 'g2' },
    ]
    const columns = goalBoardColumns(['g1', 'g2', 'g3'], agreements)
    expect(columns.map((c) => [c.goalId, c.agreements.map((a) => a.id)])).toEqual([
      ['g1', ['a3']],
      ['g2', ['a1', 'a5']],
      ['g3', []],
      [null, ['a2', 'a4']],
    ])
    expect(goalBoardColumns(['g1'], [{ goalId: 'g1' }]).map((c) => c.goalId)).toEqual(['g1'])
  })

  it('lays out each column with its cards inside it, the same way every time', () => {
    const agreements = Array.from({ length: 7 }, (_, i) => ({ goalId: i % 3 === 0 ? null : `g${i % 2}` }))
    const layout = goalBoardLayout(['g0', 'g1'], agreements)
    for (const column of layout.columns) {
      expect(column.cards).toHaveLength(column.agreements.length)
      for (const card of column.cards) {
        const centre = { x: card.x + AGREEMENT_CARD.w / 2, y: card.y + AGREEMENT_CARD.h / 2 }
        expect(columnAt(centre, [column.rect])).toBe(0)
      }
    }
    expect(goalBoardLayout(['g0', 'g1'], agreements)).toEqual(layout)
  })
})
