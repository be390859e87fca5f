import { describe, expect, it } from 'vitest'
import { cell } from '../lib/markdown.ts'
import { type RunRecord, ratioOf, summarizeRuns } from '../lib/report.ts'
import { Histogram, spread } from '../lib/stats.ts'

describe('the bench statistics', () => {
  it('keeps every repetition in run order beside the median, minimum and maximum', () => {
    const s = spread([40, 3, null, 5])
    expect(s).toEqual({ reps: [40, 3, null, 5], median: 5, min: 3, max: 40 })
    expect(cell(s)).toBe('40 · 3 · – · 5 → 5 (3–40)')
    expect(cell(spread([7]))).toBe('7')
    expect(cell(spread([null, null]))).toBe('–')
    // A repetition without the figure says why: generator-bound, not run (the stop rule), failed.
    expect(cell(spread([12, null, null]), ['ok', 'bound', 'not run'])).toBe(
      '12 · bound · not run → 12 (12–12)',
    )
    expect(cell(spread([null]), ['bound'])).toBe('bound')
  })

  it('counts what never arrived as later than everything that did', () => {
    const h = new Histogram()
    for (let i = 1; i <= 98; i++) h.record(i)
    // Buckets are 1 % wide: the 50th of 100 is 50, the 98th of the 98 that arrived is 98.
    const near = (v: number | null, exact: number) => Math.abs((v ?? 0) - exact) / exact
    expect(near(h.quantile(0.5, 100), 50)).toBeLessThan(0.01)
    expect(h.quantile(0.99, 100)).toBe(Number.POSITIVE_INFINITY)
    expect(near(h.quantile(0.99), 98)).toBeLessThan(0.01)
  })

  it('compares Bordenden with the best peer of the same repetition, in the metric’s direction', () => {
    expect(ratioOf(10, [20, 40, null], 'lower')).toBe(0.5)
    expect(ratioOf(10, [20, 40], 'higher')).toBe(0.25)
    expect(ratioOf(10, [Number.POSITIVE_INFINITY, null], 'lower')).toBeNull()
    expect(ratioOf(null, [1], 'lower')).toBeNull()
    // Deliveries against peers that delivered nothing: infinitely more, not "no ratio".
    expect(ratioOf(5, [0, 0], 'higher')).toBe(Number.POSITIVE_INFINITY)
    expect(ratioOf(5, [0], 'lower')).toBeNull()
  })

  it('shows a collapsed repetition that the median hides, and misses a target on it', () => {
    const run = (server: 'bordenden' | 'yws-leveldb', rep: number, delivered: number): RunRecord => ({
      workload: 'meeting-500x8',
      server,
      rep,
      ok: true,
      seconds: 1,
      result: { deliveredDocPerSec: delivered, docP99: 40, errors: 0 },
    })
    const runs = [
      run('bordenden', 0, 20_000),
      run('yws-leveldb', 0, 10_000),
      run('bordenden', 1, 1_000),
      run('yws-leveldb', 1, 10_000),
      run('bordenden', 2, 30_000),
      run('yws-leveldb', 2, 10_000),
    ]
    const { workloads, targets } = summarizeRuns(runs, ['bordenden', 'yws-leveldb'])
    const w = workloads['meeting-500x8']
    expect(w?.servers.bordenden?.figures.deliveredDocPerSec).toEqual({
      reps: [20_000, 1_000, 30_000],
      median: 20_000,
      min: 1_000,
      max: 30_000,
    })
    expect(w?.ratios[0]?.figures.deliveredDocPerSec?.reps).toEqual([2, 0.1, 3])
    const delivered = targets.find((t) => t.target.includes('deliveries/s ≥ 1.5×'))
    expect(delivered?.met).toBe(false)
    expect(targets.find((t) => t.target.includes('update p99'))?.met).toBe(true)
  })
})
