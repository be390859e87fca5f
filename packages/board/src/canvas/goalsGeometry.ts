/**
 * The goal and agreement board's geometry: one column per goal, side by side, its agreement cards stacked
 * beneath the goal; a last column to write a new goal. Dropping a card over a column moves the agreement
 * to that goal.
 */

export const COLUMN = { w: 300, gap: 32, header: 190 } as const
export const AGREEMENT_CARD = { w: 276, h: 150, gap: 12 } as const
export const ADDER_HEIGHT = 170

export function columnX(index: number): number {
  return index * (COLUMN.w + COLUMN.gap)
}

export function columnHeight(cards: number): number {
  return COLUMN.header + cards * (AGREEMENT_CARD.h + AGREEMENT_CARD.gap) + AGREEMENT_CARD.gap
}

export function cardPosition(column: number, row: number): { x: number; y: number } {
  return {
    x: columnX(column) + (COLUMN.w - AGREEMENT_CARD.w) / 2,
    y: COLUMN.header + row * (AGREEMENT_CARD.h + AGREEMENT_CARD.gap),
  }
}

/** The column under a page x coordinate, or undefined between or beyond the `columns` columns. */
export function columnAt(x: number, columns: number): number | undefined {
  const index = Math.floor(x / (COLUMN.w + COLUMN.gap))
  const within = x - columnX(index) <= COLUMN.w
  return index >= 0 && index < columns && within ? index : undefined
}
