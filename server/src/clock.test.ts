import { afterEach, describe, expect, it } from 'vitest'
import { shiftClock } from './clock.ts'
import { loadConfig } from './config.ts'

// The clock as this process found it (a run may have shifted it already), and the real one beneath.
const found = Date
const RealDate = (Date as { real?: DateConstructor }).real ?? Date
const DAY = 86_400_000

describe('the tests’ clock', () => {
  afterEach(() => {
    globalThis.Date = found
  })

  it('moves now by the offset, keeps time flowing and leaves given instants alone', () => {
    const before = RealDate.now()
    shiftClock(30 * DAY)
    const shifted = Date.now()
    expect(shifted - before).toBeGreaterThanOrEqual(30 * DAY)
    expect(shifted - RealDate.now()).toBeLessThanOrEqual(30 * DAY)
    const made = new Date()
    expect(made.getTime()).toBeGreaterThanOrEqual(shifted)
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z')
    expect(new Date(2028, 1, 29).getDate()).toBe(29)
    expect(Date.parse('2028-02-29T00:00:00Z')).toBe(RealDate.UTC(2028, 1, 29))
    expect(new Date()).toBeInstanceOf(RealDate)
    expect(new RealDate()).toBeInstanceOf(Date)
    expect(typeof Date()).toBe('string')
  })

  it('replaces an earlier offset instead of adding to it', () => {
    shiftClock(10 * DAY)
    shiftClock(DAY)
    const before = RealDate.now()
    const shifted = Date.now()
    expect(shifted).toBeGreaterThanOrEqual(before + DAY)
    expect(shifted).toBeLessThanOrEqual(RealDate.now() + DAY)
  })

  it('is set from TEST_CLOCK_OFFSET_MS only when NODE_ENV is test', () => {
    expect(loadConfig({ NODE_ENV: 'test', TEST_CLOCK_OFFSET_MS: String(DAY) }).clockOffsetMs).toBe(DAY)
    expect(loadConfig({ NODE_ENV: 'production', TEST_CLOCK_OFFSET_MS: String(DAY) }).clockOffsetMs).toBe(0)
    expect(loadConfig({ TEST_CLOCK_OFFSET_MS: String(DAY) }).clockOffsetMs).toBe(0)
    expect(() => loadConfig({ NODE_ENV: 'test', TEST_CLOCK_OFFSET_MS: 'soon' })).toThrow(
      /TEST_CLOCK_OFFSET_MS/,
    )
  })
})
