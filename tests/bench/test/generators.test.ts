import { describe, expect, it } from 'vitest'
import type { RunReport } from '../lib/messages.ts'
import { MAX_GENERATOR_LAG_MS, offeredVerdict, SizeLimits } from '../lib/offered.ts'
import { Histogram } from '../lib/stats.ts'
import { summarizeTraffic } from '../workloads/traffic.ts'

/** One generator's report: `n` document and presence deliveries of 10 ms, sent `sent` of each. */
function report(lagMs: number, sent: number, n: number): RunReport {
  const doc = new Histogram()
  const aw = new Histogram()
  for (let i = 0; i < n; i++) {
    doc.record(10)
    aw.record(10)
  }
  return {
    ev: 'result',
    rooms: { r0: { sentDoc: sent, sentAw: sent, connected: 2 } },
    doc: doc.toJSON(),
    aw: aw.toJSON(),
    deliveredDoc: n,
    deliveredAw: n,
    receivedDoc: n,
    receivedAw: n,
    sentDocTotal: sent,
    sentAwTotal: sent,
    errors: {},
    bytesIn: 0,
    bytesOut: 0,
    framesIn: 0,
    framesOut: 0,
    cpuSeconds: 0.5,
    loopDelayP99: lagMs,
    windowSeconds: 1,
  }
}

const conn = { ok: 2, failed: 0, ms: 1, p99: 1, firstError: null }
const measured = (reports: RunReport[]) => ({
  reports,
  serverCpuSeconds: 0.5,
  serverCpu: 0.5,
  rss: 0,
  peak: 0,
  windowS: 1,
})
// Two clients, 1 document + 1 presence update a second each: 4 messages planned in the 1 s window.
const clients = [1, 2].map(() => ({ traffic: { docHz: 1, awHz: 1, style: 'meeting' as const } }))

describe('the load generators’ own lag and the stop rule', () => {
  it('reports latencies when the generators offered the load', () => {
    const r = summarizeTraffic(measured([report(5, 2, 2)]), clients, conn)
    expect(r.generatorBound).toBeNull()
    expect(r.offeredShare).toBe(1)
    expect(r.docP99).toBeCloseTo(10, 0)
    // 2 document + 2 presence deliveries in 0.5 server CPU-seconds.
    expect([r.docPerCpuSecond, r.awPerCpuSecond, r.allPerCpuSecond]).toEqual([4, 4, 8])
  })

  it('does not count a lagging generator’s delay as the server’s latency', () => {
    const r = summarizeTraffic(
      measured([report(5, 1, 1), report(MAX_GENERATOR_LAG_MS + 70, 1, 1)]),
      clients,
      conn,
    )
    expect(r.generatorLagP99).toBe(MAX_GENERATOR_LAG_MS + 70)
    expect(r.generatorBound).toMatch(/event loop lagged 120 ms/)
    expect([r.docP50, r.docP99, r.docMax, r.awP99]).toEqual([null, null, null, null])
    expect(r.deliveredDocPerSec).toBe(2)
  })

  it('says so when the generators sent less than the plan', () => {
    expect(offeredVerdict({ planned: 100, sent: 96, lagP99Ms: 1 }).bound).toBeNull()
    expect(offeredVerdict({ planned: 100, sent: 80, lagP99Ms: 1 })).toEqual({
      share: 0.8,
      bound: 'load generators could not offer the load: sent 80 % of the planned messages',
    })
  })

  it('runs no larger size against a server once a size was generator-bound', () => {
    const limits = new SizeLimits()
    limits.record('bordenden', 50, null)
    limits.record('bordenden', 200, 'load generators could not offer the load: x')
    limits.record('hocuspocus', 500, 'load generators could not offer the load: y')
    expect(limits.skip('bordenden', 200)).toBeNull()
    expect(limits.skip('bordenden', 500)).toBe(
      'not run: at size 200, load generators could not offer the load: x',
    )
    expect(limits.skip('hocuspocus', 500)).toBeNull()
    expect(limits.skip('yws-memory', 500)).toBeNull()
  })
})
