/**
 * Moves keyboard focus to `target` only when the control that had it is gone: removed from the page
 * (the browser then puts focus on the body) or disabled. Focus the person moved themselves stays put.
 */
export function focusIfLost(target: HTMLElement | null | undefined): void {
  const active = document.activeElement
  const lost =
    active === null ||
    active === document.body ||
    !active.isConnected ||
    (active instanceof HTMLButtonElement && active.disabled)
  if (target && lost) target.focus()
}
