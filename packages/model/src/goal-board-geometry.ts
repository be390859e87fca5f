/**
 * The goal and agreement board's one geometry: one column per goal, its agreement cards stacked beneath
 * the goal, then a column for the agreements without a goal (if any), and a last column to write a new
 * goal. Columns wrap into rows of four so that the board stays readable on a shared screen. Dropping a
 * card over a column moves the agreement to that goal. The board draws it in these units; the shared
 * screen and the printed record keep its order (goalBoardColumns) in their own flow of text.
 */

// Tight gaps and large type: four columns of goals with their agreements should be readable on a shared
// screen while the whole board is in view.
export const COLUMN = { w: 300, gap: 20, header: 172, perRow: 4 } as const
export const AGREEMENT_CARD = { w: 284, h: 144, gap: 8 } as const
export const ADDER_HEIGHT = 200

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export function columnHeight(cards: number): number {
  return COLUMN.header + cards * (AGREEMENT_CARD.h + AGREEMENT_CARD.gap) + AGREEMENT_CARD.gap
}

/**
 * Where each column goes, given how many cards each holds, followed by the place of the new-goal column.
 * A row is as tall as its tallest column.
 */
export function goalGrid(cardCounts: readonly number[]): { columns: Rect[]; adder: Rect } {
  const heights = [...cardCounts.map(columnHeight), ADDER_HEIGHT]
  const rects: Rect[] = []
  let y = 0
  for (let start = 0; start < heights.length; start += COLUMN.perRow) {
    const row = heights.slice(start, start + COLUMN.perRow)
    row.forEach((h, i) => {
      rects.push({ x: i * (COLUMN.w + COLUMN.gap), y, w: COLUMN.w, h })
    })
    y += Math.max(...row) + COLUMN.gap * 2
  }
  const adder = rects.pop() as Rect
  return { columns: rects, adder }
}

export function cardPosition(column: Rect, row: number): { x: number; y: number } {
  return {
    x: column.x + (COLUMN.w - AGREEMENT_CARD.w) / 2,
    y: column.y + COLUMN.header + row * (AGREEMENT_CARD.h + AGREEMENT_CARD.gap),
  }
}

/** The index of the column under a page point, or undefined between or beyond the columns. */
export function columnAt(point: { x: number; y: number }, columns: readonly Rect[]): number | undefined {
  const index = columns.findIndex(
    (c) => point.x >= c.x && point.x <= c.x + c.w && point.y >= c.y && point.y <= c.y + c.h,
  )
  return index === -1 ? undefined : index
}

export interface GoalBoardColumn<A> {
  /** The goal, or null for the agreements without one (or whose goal is not on the board). */
  goalId: string | null
  agreements: A[]
}

/** The board's columns in order: one per goal, then the agreements without a goal, if there are any. */
export function goalBoardColumns<A extends { goalId: string | null }>(
  goalIds: readonly string[],
  agreements: readonly A[],
): GoalBoardColumn<A>[] {
  const columns: GoalBoardColumn<A>[] = goalIds.map((goalId) => ({
    goalId,
    agreements: agreements.filter((a) => a.goalId === goalId),
  }))
  const loose = agreements.filter((a) => a.goalId === null || !goalIds.includes(a.goalId))
  if (loose.length > 0) columns.push({ goalId: null, agreements: loose })
  return columns
}

export interface GoalBoardLayout<A> {
  columns: (GoalBoardColumn<A> & { rect: Rect; cards: { x: number; y: number }[] })[]
  adder: Rect
}

/** The goal board laid out: each column's place and the top-left corner of each of its cards. */
export function goalBoardLayout<A extends { goalId: string | null }>(
  goalIds: readonly string[],
  agreements: readonly A[],
): GoalBoardLayout<A> {
  const columns = goalBoardColumns(goalIds, agreements)
  const grid = goalGrid(columns.map((c) => c.agreements.length))
  return {
    columns: columns.map((column, i) => {
      const rect = grid.columns[i] as Rect
      return { ...column, rect, cards: column.agreements.map((_, row) => cardPosition(rect, row)) }
    }),
    adder: grid.adder,
  }
}
