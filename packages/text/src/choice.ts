import type { Locale } from '@bordenden/model'
import { localeOf } from './locale.ts'

// The one language choice of this browser, shared by every page on the origin (home, course page, board,
// citizen page): the signed-in person's stored choice is copied here when known, a link holder's choice
// lives only here, and until anyone chooses the browser's own language decides.

const KEY = 'bordenden.locale'

export function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(KEY)
    if (saved === 'da' || saved === 'en') return saved
  } catch {
    // storage can be off (private mode): the browser's language then
  }
  return localeOf(globalThis.navigator?.language)
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale)
  } catch {
    // see storedLocale: the choice then lasts as long as the page
  }
}

/**
 * Calls `follow` with the new choice whenever another page of the origin (another tab) stores one: the
 * `storage` event fires in every other page, never in the one that wrote. Returns the unsubscribe.
 */
export function onLocaleChoice(follow: (locale: Locale) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) follow(storedLocale()) // null: the storage was cleared
  }
  globalThis.addEventListener?.('storage', listener)
  return () => globalThis.removeEventListener?.('storage', listener)
}
