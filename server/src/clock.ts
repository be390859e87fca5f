/**
 * One clock for tests. A test run may move "now" by a fixed offset so that the server, the admin
 * command, the test process and the browser all agree on a chosen day (e.g. a leap day) while time
 * keeps flowing. Only `Date` moves: timers and `performance.now()` stay real, so nothing waits longer.
 * Calling it again replaces the offset rather than adding to it.
 *
 * The function is self-contained (no imports, no outer names) because the tests also hand its source
 * to Chromium as an init script.
 */
export function shiftClock(offsetMs: number): void {
  const RealDate: DateConstructor = (Date as { real?: DateConstructor }).real ?? Date
  const now = () => RealDate.now() + offsetMs
  function ShiftedDate(...args: unknown[]) {
    if (!new.target) return new RealDate(now()).toString()
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target)
  }
  ShiftedDate.prototype = RealDate.prototype
  // Not enumerable, as the real Date's are: a fake clock installed over this one (Playwright's
  // `page.clock`) copies a Date's enumerable statics onto its own, and would keep this `now`.
  const hidden = (value: unknown) => ({ value, enumerable: false, writable: true, configurable: true })
  Object.defineProperties(ShiftedDate, {
    now: hidden(now),
    parse: hidden(RealDate.parse),
    UTC: hidden(RealDate.UTC),
    real: hidden(RealDate),
  })
  globalThis.Date = ShiftedDate as unknown as DateConstructor
}
