import type { CourseUser } from '@bordenden/client'
import { storedLocale, storeLocale, translate } from '@bordenden/ui'
import { defaultUserStore, getUserPreferences, setUserPreferences, type TLUser } from 'tldraw'
import { api } from './home/api.ts'
import type { BoardRoute } from './route.ts'
import { boardTexts } from './texts.ts'

// Who this browser is, as the others see it. The board keeps this in tldraw's user preferences: tldraw
// already stores them in localStorage (a random id and colour), derives the presence it shows to others
// from them, and lets people rename themselves in its people menu. Keeping one source means those edits
// reach the others. (The server's account or share link decides what someone may do, not this name.)

/**
 * tldraw's UI speaks the person's one language choice, whatever tldraw kept from before: signed in (no
 * share link), the account's, which may have been made on another device; else this browser's, or the
 * browser's language (storedLocale). tldraw's own language menu is one more switch for it (see Board).
 */
export async function followLocaleChoice(route: BoardRoute): Promise<void> {
  if (route.token === undefined) {
    const me = await api.me().catch(() => null) // signed out or offline: this browser's choice stands
    if (me?.user.locale) storeLocale(me.user.locale)
  }
  setUserPreferences({ ...getUserPreferences(), locale: storedLocale() })
}

/** Whether the person has been asked for their name (choosing "guest" counts). */
export function hasChosenName(): boolean {
  return Boolean(getUserPreferences().name?.trim())
}

export function chooseName(name: string): void {
  setUserPreferences({ ...getUserPreferences(), name: name.trim() })
}

/** The user as other clients of the course see them in awareness. */
export function toCourseUser(user: TLUser): CourseUser {
  return {
    id: user.id,
    name: user.name || translate(boardTexts, storedLocale(), 'guestName'),
    color: user.color,
  }
}

/** The current user, as of now; the board's presence keeps the connection up to date afterwards. */
export function currentCourseUser(): CourseUser {
  const user = defaultUserStore.currentUser.get()
  if (!user) throw new Error('tldraw has no current user')
  return toCourseUser(user)
}
