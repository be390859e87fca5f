import type { IndexKey, TLPageId } from 'tldraw'

/**
 * The three boards, as fixed tldraw pages. The network map reuses tldraw's default page, so a course
 * always opens on it and the free drawing of an older course stays where it was.
 */
export const BoardPages = {
  network: 'page:page' as TLPageId,
  agenda: 'page:agenda' as TLPageId,
  goals: 'page:goals' as TLPageId,
}
export type BoardPage = keyof typeof BoardPages

export const pageNames: Readonly<Record<BoardPage, string>> = {
  network: 'Netværkskort',
  agenda: 'Dagsorden',
  goals: 'Mål og aftaler',
}

export const pageIndexes: Readonly<Record<BoardPage, IndexKey>> = {
  network: 'a1' as IndexKey,
  agenda: 'a2' as IndexKey,
  goals: 'a3' as IndexKey,
}

export function boardPageOf(pageId: TLPageId): BoardPage | undefined {
  return (Object.keys(BoardPages) as BoardPage[]).find((page) => BoardPages[page] === pageId)
}
