/**
 * The tests' one clock. A run may set TEST_CLOCK_OFFSET_MS (vitest.config.ts does, per "on <day>"
 * project); every process of the run then moves `Date` by that much: test workers through
 * clock-setup.ts, servers and the admin command through their config (NODE_ENV=test, inherited),
 * Chromium pages through an init script (browser.ts). Dates a test expects come from `Date`/`dateIn()`
 * or from the data itself, never from a literal.
 */
export function testClockOffsetMs(): number {
  return Number(process.env.TEST_CLOCK_OFFSET_MS ?? 0) || 0
}
