import { defineCatalog } from '@bordenden/text'
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

/**
 * The boards' names in each language. A tldraw page's name is a record everyone shares, so the pages keep
 * the Danish names and each person's screen shows the names in their own language (see SidePanel).
 */
export const pageTitles = defineCatalog({
  network: { da: 'Netværkskort', en: 'Network map' },
  agenda: { da: 'Dagsorden', en: 'Agenda' },
  goals: { da: 'Mål og aftaler', en: 'Goals and agreements' },
}) satisfies Record<BoardPage, unknown>

export const pageIndexes: Readonly<Record<BoardPage, IndexKey>> = {
  network: 'a1' as IndexKey,
  agenda: 'a2' as IndexKey,
  goals: 'a3' as IndexKey,
}

export function boardPageOf(pageId: TLPageId): BoardPage | undefined {
  return (Object.keys(BoardPages) as BoardPage[]).find((page) => BoardPages[page] === pageId)
}
