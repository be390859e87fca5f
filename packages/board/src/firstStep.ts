import type { BoardPage } from './canvas/pages.ts'

/** The element in the side panel that holds a board's first step (see the panels): `id` for the DOM. */
export const firstStepId = (board: BoardPage) => `bd-first-step-${board}`

/**
 * Takes a person to the first step of an empty board: opens the panel's section holding it and puts the
 * cursor in its first field. Runs after the panel shows the board, so it waits a frame.
 */
export function goToFirstStep(board: BoardPage): void {
  requestAnimationFrame(() => {
    const holder = document.getElementById(firstStepId(board))
    if (!holder) return
    if (holder instanceof HTMLDetailsElement) holder.open = true
    holder.scrollIntoView({ block: 'start' })
    holder.querySelector<HTMLElement>('input, select, textarea')?.focus()
  })
}
