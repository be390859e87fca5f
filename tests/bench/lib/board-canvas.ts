/**
 * The board's canvas conventions, as the board writes them (packages/board/src/canvas/pages.ts and
 * shapes/boundShapes.ts; not imported, because they pull tldraw into every load generator): its three
 * pages, which page each kind of card lies on, and a card's id derived from its entity's. A seeded course
 * must follow them: the board removes any card it would not draw itself and opens on the first page by
 * index, so cards or a page of the bench's own invention open as an empty board.
 * tests/bench/test/first-open.test.ts checks them against the board's own definitions.
 */
export const BOARD_PAGES = {
  network: { id: 'page:page', name: 'Netværkskort', index: 'a1' },
  agenda: { id: 'page:agenda', name: 'Dagsorden', index: 'a2' },
  goals: { id: 'page:goals', name: 'Mål og aftaler', index: 'a3' },
} as const

export type BoardCardType = 'bd-person' | 'bd-goal' | 'bd-agreement'

/** The page a card of each kind lies on. */
export const CARD_PAGE: Record<BoardCardType, string> = {
  'bd-person': BOARD_PAGES.network.id,
  'bd-goal': BOARD_PAGES.goals.id,
  'bd-agreement': BOARD_PAGES.goals.id,
}

/** The id of the card the board draws for an entity (tldraw's `createShapeId` of the board's key). */
export const cardId = {
  person: (personId: string) => `shape:person-${personId}`,
  goal: (goalId: string) => `shape:goal-${goalId || 'none'}`,
  agreement: (agreementId: string) => `shape:agreement-${agreementId}`,
}

/** The board's page records, as it creates them in a course that has none yet. */
export function boardPageRecords(): ({ id: string } & Record<string, unknown>)[] {
  return Object.values(BOARD_PAGES).map((page) => ({ ...page, typeName: 'page', meta: {} }))
}
