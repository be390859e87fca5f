import type { WordId } from '@bordenden/ui'

/**
 * The facilitator's keyboard shortcuts. tldraw takes the plain letters for its tools, so ours hold Alt
 * (Option on a Mac; matched by the key's place, `code`, since Option changes the character typed).
 */
export type ShortcutAction = 'nextItem' | 'nextSpeaker' | 'nextBoard' | 'presentation' | 'help'

export interface Shortcut {
  action: ShortcutAction
  /** As the help overlay shows it. */
  keys: string
  /** What it does, in the viewer's language. */
  word: WordId
}

export const shortcuts: readonly Shortcut[] = [
  { action: 'nextItem', keys: 'Alt + N', word: 'nextItem' },
  { action: 'nextSpeaker', keys: 'Alt + G', word: 'nextSpeaker' },
  { action: 'nextBoard', keys: 'Alt + B', word: 'shortcutNextBoard' },
  { action: 'presentation', keys: 'Alt + M', word: 'meetingMode' },
  { action: 'help', keys: '?', word: 'shortcutHelpKey' },
]

const byCode: Readonly<Record<string, ShortcutAction>> = {
  KeyN: 'nextItem',
  KeyG: 'nextSpeaker',
  KeyB: 'nextBoard',
  KeyM: 'presentation',
}

export interface KeyPress {
  key: string
  code: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  /** Whether the key went to a text field, where it types rather than acts. */
  typing: boolean
}

/** The shortcut a key press means, or null. */
export function shortcutOf(press: KeyPress): ShortcutAction | null {
  if (press.typing || press.ctrlKey || press.metaKey) return null
  if (press.altKey) return byCode[press.code] ?? null
  return press.key === '?' ? 'help' : null
}

/** Whether an element takes typed text (so a key pressed there is not a shortcut). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
