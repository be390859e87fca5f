import type { CourseUser } from '@bordenden/client'
import { defaultUserStore, getUserPreferences, setUserPreferences, type TLUser } from 'tldraw'
import { texts } from './texts.ts'

// Who this browser is, as the others see it. The board keeps this in tldraw's user preferences: tldraw
// already stores them in localStorage (a random id and colour), derives the presence it shows to others
// from them, and lets people rename themselves in its people menu. Keeping one source means those edits
// reach the others. (The server's account or share link decides what someone may do, not this name.)

/** Danish first: set tldraw's UI language once, unless the person has picked another. */
export function preferDanish(): void {
  const preferences = getUserPreferences()
  if (!preferences.locale) setUserPreferences({ ...preferences, locale: 'da' })
}

/** Whether the person has been asked for their name (choosing "guest" counts). */
export function hasChosenName(): boolean {
  return Boolean(getUserPreferences().name?.trim())
}

export function chooseName(name: string): void {
  setUserPreferences({ ...getUserPreferences(), name: name.trim() || texts.guestName })
}

/** The user as other clients of the course see them in awareness. */
export function toCourseUser(user: TLUser): CourseUser {
  return { id: user.id, name: user.name || texts.guestName, color: user.color }
}

/** The current user, as of now; the board's presence keeps the connection up to date afterwards. */
export function currentCourseUser(): CourseUser {
  const user = defaultUserStore.currentUser.get()
  if (!user) throw new Error('tldraw has no current user')
  return toCourseUser(user)
}
