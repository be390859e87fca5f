import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BOARD_PAGES, CARD_PAGE, cardId } from '../lib/board-canvas.ts'
import { repoRoot } from '../lib/servers.ts'

/** One of the board's own modules, read at run time: the bench does not build against the board. */
const boardModule = (file: string) => import(path.join(repoRoot, 'packages/board/src/canvas', file))

describe('the bench’s cards are the board’s', () => {
  it('has the board’s pages, page of each kind of card and card ids', async () => {
    const { BoardPages, pageIndexes, pageTitles } = await boardModule('pages.ts')
    const board = Object.fromEntries(
      Object.keys(BoardPages).map((page) => [
        page,
        { id: BoardPages[page], name: pageTitles[page].da, index: pageIndexes[page] },
      ]),
    )
    expect(BOARD_PAGES).toEqual(board)
    expect(CARD_PAGE).toEqual({
      'bd-person': BoardPages.network,
      'bd-goal': BoardPages.goals,
      'bd-agreement': BoardPages.goals,
    })
    const { shapeIds, NO_GOAL } = await boardModule('shapes/boundShapes.ts')
    expect(cardId.person('p1')).toBe(shapeIds.person('p1'))
    expect(cardId.goal('g1')).toBe(shapeIds.goal('g1'))
    expect(cardId.goal(NO_GOAL)).toBe(shapeIds.goal(NO_GOAL))
    expect(cardId.agreement('a1')).toBe(shapeIds.agreement('a1'))
  })
})
