/** Runs `run` once after `ms` unless the returned function is called first. */
export type Schedule = (run: () => void, ms: number) => () => void

/** How long a one-click change can be undone: long enough to see it, short enough to be forgotten. */
export const UNDO_MS = 10_000

/** The browser's timers; tests pass a schedule of their own, so no test waits ten seconds. */
export const timerSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms)
  return () => clearTimeout(timer)
}

export interface UndoOffer<T> {
  offer(value: T): void
  /** What is on offer, taken (it is no longer offered), or null when the window has passed. */
  take(): T | null
  /** Stops the clock without a word (the view that offered it is gone). */
  stop(): void
}

/**
 * One offer to undo at a time (a newer one replaces it), withdrawn after `UNDO_MS` on `schedule`'s
 * clock. `onChange` hears every change of what is on offer.
 */
export function undoOffer<T>(schedule: Schedule, onChange: (current: T | null) => void): UndoOffer<T> {
  let current: T | null = null
  let cancel = () => {}
  const set = (value: T | null) => {
    cancel()
    current = value
    onChange(value)
  }
  return {
    offer(value) {
      set(value)
      cancel = schedule(() => set(null), UNDO_MS)
    },
    take() {
      const taken = current
      if (taken !== null) set(null)
      return taken
    },
    stop: () => cancel(),
  }
}
