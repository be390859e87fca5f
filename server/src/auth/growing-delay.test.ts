import { describe, expect, it } from 'vitest'
import { GrowingDelay } from './growing-delay.ts'

const policy = { free: 3, firstDelaySeconds: 1, maxDelaySeconds: 4, windowSeconds: 600 }

/** Waits until the gate opens again: for the event, not for a fixed time. */
async function untilOpen(limit: GrowingDelay, key: string) {
  while ((await limit.closedFor(key)) > 0) await new Promise((resolve) => setTimeout(resolve, 50))
}

describe('GrowingDelay (in memory)', () => {
  it('lets the free attempts through, then one per delay, each delay twice the one before', async () => {
    const limit = new GrowingDelay('test', policy, null)
    const waits = []
    for (let i = 0; i < 3; i++) waits.push((await limit.take('k')).waitMs)
    expect(waits).toEqual([0, 0, 0])
    const first = await limit.closedFor('k')
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThanOrEqual(1000)
    expect((await limit.take('k')).waitMs).toBeGreaterThan(0) // refused, and not counted
    await untilOpen(limit, 'k')
    expect((await limit.take('k')).waitMs).toBe(0)
    const second = await limit.closedFor('k')
    expect(second).toBeGreaterThan(1000)
    expect(second).toBeLessThanOrEqual(2000)
    expect(await limit.closedFor('other')).toBe(0)
  })

  it('admits no more of a parallel burst than of the same attempts one by one', async () => {
    const limit = new GrowingDelay('burst', policy, null)
    const taken = await Promise.all(Array.from({ length: 12 }, () => limit.take('k')))
    expect(taken.filter((t) => t.waitMs === 0)).toHaveLength(3)
  })

  it('starts a key over on reset, and takes back an attempt given back', async () => {
    const limit = new GrowingDelay('reset', policy, null)
    for (let i = 0; i < 3; i++) await limit.take('k')
    await limit.reset('k')
    expect(await limit.closedFor('k')).toBe(0)
    const taken = [await limit.take('k'), await limit.take('k'), await limit.take('k')]
    await limit.giveBack('k', taken[2]!)
    expect(await limit.closedFor('k')).toBe(0)
    expect((await limit.take('k')).waitMs).toBe(0)
  })
})
