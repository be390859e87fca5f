/**
 * Latency histogram with about 1 % relative precision from 0.01 ms to an hour, mergeable across
 * load-generator processes (bucket counts add up), plus the exact maximum.
 */
const MIN_MS = 0.01
const GROWTH = Math.log(1.01)
const BUCKETS = 2200

export interface HistogramData {
  counts: number[]
  count: number
  max: number
  sum: number
}

export class Histogram {
  counts = new Float64Array(BUCKETS)
  count = 0
  max = 0
  sum = 0

  record(ms: number) {
    const v = Math.max(ms, MIN_MS)
    const i = Math.min(BUCKETS - 1, Math.floor(Math.log(v / MIN_MS) / GROWTH))
    this.counts[i] = (this.counts[i] ?? 0) + 1
    this.count++
    this.sum += ms
    if (ms > this.max) this.max = ms
  }

  toJSON(): HistogramData {
    return { counts: Array.from(this.counts), count: this.count, max: this.max, sum: this.sum }
  }

  static merge(parts: readonly HistogramData[]): Histogram {
    const h = new Histogram()
    for (const p of parts) {
      p.counts.forEach((c, i) => {
        h.counts[i] = (h.counts[i] ?? 0) + c
      })
      h.count += p.count
      h.sum += p.sum
      h.max = Math.max(h.max, p.max)
    }
    return h
  }

  /**
   * The value below which `q` of the samples fall (bucket midpoint), or null without samples. With
   * `outOf` (the number of samples there should have been), missing ones count as later than any
   * that arrived, so a quantile they decide is Infinity: late or lost.
   */
  quantile(q: number, outOf = this.count): number | null {
    if (outOf === 0) return null
    const target = q * outOf
    if (target > this.count) return Number.POSITIVE_INFINITY
    let seen = 0
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] ?? 0
      if (seen >= target) {
        const low = MIN_MS * Math.exp(i * GROWTH)
        return Math.min(this.max, low * Math.sqrt(1.01))
      }
    }
    return this.max
  }
}

export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = values
    .filter((v): v is number => typeof v === 'number' && !Number.isNaN(v))
    .sort((a, b) => a - b)
  if (xs.length === 0) return null
  const mid = Math.floor(xs.length / 2)
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2
}

export function percentileOf(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null
  const xs = [...values].sort((a, b) => a - b)
  return xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? null
}

/** The wall clock in milliseconds with sub-millisecond resolution, comparable across processes. */
export const epochNow = () => performance.timeOrigin + performance.now()

/** Every repetition of one figure, in run order, with its median and both ends. */
export interface Spread {
  reps: (number | null)[]
  median: number | null
  min: number | null
  max: number | null
}

/** The repetitions of a figure (null where a repetition has none) and what the report puts beside them. */
export function spread(values: readonly (number | null | undefined)[]): Spread {
  const reps = values.map((v) => (typeof v === 'number' && !Number.isNaN(v) ? v : null))
  const xs = reps.filter((v): v is number => v !== null)
  return {
    reps,
    median: median(xs),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
  }
}
