import type { SyntheticEvent } from 'react'

/**
 * Props for a control inside a shape (an input, a button): it takes its own pointer and key events, so
 * typing a goal or clicking "add" does not drag the card or trigger a canvas shortcut.
 */
export const interactive = {
  style: { pointerEvents: 'all' as const },
  onPointerDown: (event: SyntheticEvent) => event.stopPropagation(),
  onPointerUp: (event: SyntheticEvent) => event.stopPropagation(),
  onKeyDown: (event: SyntheticEvent) => event.stopPropagation(),
}
