import { useEffect, useRef } from 'react'
import { isTyping, type ShortcutAction, shortcutOf } from './keys.ts'

/**
 * Listens for the facilitator's shortcuts on the whole page, before tldraw does, so a key that is ours is
 * not also a tool. An action that is null (e.g. next item for someone who does not facilitate) lets the
 * key through.
 */
export function useShortcuts(actions: Readonly<Record<ShortcutAction, (() => void) | null>>): void {
  const latest = useRef(actions)
  latest.current = actions
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { key, code, altKey, ctrlKey, metaKey } = event
      const action = shortcutOf({ key, code, altKey, ctrlKey, metaKey, typing: isTyping(event.target) })
      const run = action && latest.current[action]
      if (!run) return
      event.preventDefault()
      event.stopPropagation()
      run()
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [])
}
