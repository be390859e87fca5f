import type { ServerId } from './servers.ts'
import { type Spread, spread } from './stats.ts'

export interface RunRecord {
  workload: string
  server: ServerId
  rep: number
  ok: boolean
  result?: unknown
  error?: string
  /** Why this run did not happen (the stop rule, see offered.ts). */
  skipped?: string
  seconds: number
  loadBefore?: number
}

export interface Metric {
  key: string
  label: string
  better: 'lower' | 'higher'
}

const TRAFFIC: Metric[] = [
  { key: 'docP50', label: 'update p50 ms', better: 'lower' },
  { key: 'docP99', label: 'update p99 ms', better: 'lower' },
  { key: 'docMax', label: 'update max ms', better: 'lower' },
  { key: 'awP99', label: 'awareness p99 ms', better: 'lower' },
  { key: 'deliveredDocPerSec', label: 'document deliveries/s', better: 'higher' },
  { key: 'deliveredAwPerSec', label: 'presence deliveries/s', better: 'higher' },
  { key: 'docPerCpuSecond', label: 'document deliveries per server CPU-s', better: 'higher' },
  { key: 'awPerCpuSecond', label: 'presence deliveries per server CPU-s', better: 'higher' },
  { key: 'allPerCpuSecond', label: 'all deliveries per server CPU-s', better: 'higher' },
  { key: 'docDelivery', label: 'update delivery', better: 'higher' },
  { key: 'awDelivery', label: 'awareness delivery', better: 'higher' },
  { key: 'errors', label: 'errors', better: 'lower' },
  { key: 'serverCpuPct', label: 'server CPU %', better: 'lower' },
  { key: 'serverRssMB', label: 'server RSS MB', better: 'lower' },
  { key: 'clientCpuPct', label: 'load generators CPU %', better: 'lower' },
  { key: 'generatorLagP99', label: 'load generators lag p99 ms', better: 'lower' },
  { key: 'offeredShare', label: 'load offered (share of plan)', better: 'higher' },
]
const IDLE: Metric[] = [
  { key: 'rssPerSocketKB', label: 'RSS/socket KB', better: 'lower' },
  { key: 'rssPerRoomKB', label: 'RSS/room KB', better: 'lower' },
  { key: 'rssPerSocketAllInKB', label: 'RSS/socket all-in KB', better: 'lower' },
  { key: 'allOpenRssMB', label: 'RSS MB (all open)', better: 'lower' },
  { key: 'connectMs', label: 'connect all ms', better: 'lower' },
  { key: 'active.docP99', label: 'active update p99 ms', better: 'lower' },
  { key: 'active.serverCpuPct', label: 'server CPU %', better: 'lower' },
  { key: 'active.errors', label: 'errors', better: 'lower' },
]
const COLD: Metric[] = [
  { key: 'serverLoadMs', label: 'server load ms (fresh process)', better: 'lower' },
  { key: 'serverReloadMs', label: 'server load ms (warm process)', better: 'lower' },
  { key: 'completeMs', label: 'connect→whole doc ms', better: 'lower' },
  { key: 'syncStep2Ms', label: 'connect→sync step 2 ms', better: 'lower' },
  { key: 'bytesIn', label: 'bytes on the wire (in)', better: 'lower' },
  { key: 'docBlobBytes', label: 'document blobs in the database', better: 'lower' },
  { key: 'storedBytes', label: 'stored bytes (database files with -wal/-shm)', better: 'lower' },
  { key: 'storedRatio', label: 'stored ÷ compacted', better: 'lower' },
  { key: 'seedMs', label: 'seed: the year’s edits one by one, ms', better: 'lower' },
  { key: 'seedReconnects', label: 'seed: closed over budget, reconnects', better: 'lower' },
]

const REACTIONS: Metric[] = [
  { key: 'revokeCloseP50', label: 'revoked link → board closed p50 ms', better: 'lower' },
  { key: 'revokeCloseMax', label: 'revoked link → board closed max ms', better: 'lower' },
  { key: 'signOutCloseP50', label: 'sign-out → board closed p50 ms', better: 'lower' },
  { key: 'signOutCloseMax', label: 'sign-out → board closed max ms', better: 'lower' },
  { key: 'statusShownP50', label: 'reported status → open board p50 ms', better: 'lower' },
  { key: 'statusShownMax', label: 'reported status → open board max ms', better: 'lower' },
]

const metricsFor = (workload: string) =>
  workload.startsWith('idle')
    ? IDLE
    : workload.startsWith('cold')
      ? COLD
      : workload === 'reactions'
        ? REACTIONS
        : TRAFFIC

function flatten(result: unknown): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  const r = result as Record<string, unknown>
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === 'number' || v === null) out[k] = v as number | null
    if (k === 'traffic' && v && typeof v === 'object') {
      for (const [k2, v2] of Object.entries(v))
        if (typeof v2 === 'number' || v2 === null) out[`active.${k2}`] = v2 as number | null
    }
  }
  return out
}

/** Servers a ratio row compares Bordenden with, per repetition: the best of them in that repetition. */
const COMPARISONS: { label: string; peers: ServerId[] }[] = [
  { label: 'Bordenden ÷ best peer', peers: ['hocuspocus', 'hocuspocus-fsync', 'yws-leveldb', 'yws-memory'] },
  { label: 'Bordenden ÷ Hocuspocus, debounce 0 (nearest durability)', peers: ['hocuspocus-fsync'] },
]

/** What became of one repetition of one server: a figure it lacks is explained by this. */
export type RunStatus = 'ok' | 'bound' | 'not run' | 'failed' | 'absent'

export interface ServerFigures {
  reps: number
  failed: number
  skipped: number
  statuses: RunStatus[]
  figures: Record<string, Spread>
}

/** A run whose load generators could not offer the load (see offered.ts) has counts but no latencies. */
export function generatorBound(run: RunRecord): string | null {
  const r = run.result as { generatorBound?: string | null; traffic?: { generatorBound?: string | null } }
  return r?.generatorBound ?? r?.traffic?.generatorBound ?? null
}

function statusOf(run: RunRecord | undefined): RunStatus {
  if (!run) return 'absent'
  if (run.skipped) return 'not run'
  if (!run.ok) return 'failed'
  return generatorBound(run) ? 'bound' : 'ok'
}

export interface WorkloadSummary {
  metrics: Metric[]
  servers: Partial<Record<ServerId, ServerFigures>>
  /** Per comparison and metric: Bordenden ÷ the best of its peers, repetition by repetition. */
  ratios: { label: string; figures: Record<string, Spread> }[]
}

/** A figure of each repetition 0..reps-1 of one server (null where that repetition has none). */
function byRep(runs: RunRecord[], reps: number, key: string): (number | null)[] {
  return Array.from({ length: reps }, (_, rep) => {
    const run = runs.find((r) => r.rep === rep && r.ok)
    const v = run ? flatten(run.result)[key] : null
    return typeof v === 'number' ? v : null
  })
}

/**
 * own ÷ the best peer value of the same repetition. No ratio where a side is missing or infinite, or
 * the best peer is 0 for a lower-is-better figure; a rate against peers that all delivered 0 is ∞.
 */
export function ratioOf(own: number | null, peers: (number | null)[], better: 'lower' | 'higher') {
  const xs = peers.filter((v): v is number => v !== null && Number.isFinite(v))
  if (own === null || !Number.isFinite(own) || xs.length === 0) return null
  const best = better === 'lower' ? Math.min(...xs) : Math.max(...xs)
  if (best === 0) return better === 'higher' && own > 0 ? Number.POSITIVE_INFINITY : null
  return Math.round((own / best) * 100) / 100
}

export function summarizeRuns(runs: RunRecord[], serverIds: ServerId[]) {
  const reps = Math.max(0, ...runs.map((r) => r.rep + 1))
  const workloads: Record<string, WorkloadSummary> = {}
  for (const workload of [...new Set(runs.map((r) => r.workload))]) {
    const metrics = metricsFor(workload)
    const mineOf = (id: ServerId) => runs.filter((r) => r.workload === workload && r.server === id)
    const servers: WorkloadSummary['servers'] = {}
    for (const id of serverIds) {
      const mine = mineOf(id)
      if (mine.length === 0) continue
      const keys = [...new Set(mine.filter((r) => r.ok).flatMap((r) => Object.keys(flatten(r.result))))]
      servers[id] = {
        reps: mine.filter((r) => r.ok).length,
        failed: mine.filter((r) => !r.ok && !r.skipped).length,
        skipped: mine.filter((r) => r.skipped).length,
        statuses: Array.from({ length: reps }, (_, rep) => statusOf(mine.find((r) => r.rep === rep))),
        figures: Object.fromEntries(keys.map((k) => [k, spread(byRep(mine, reps, k))])),
      }
    }
    const ratios = COMPARISONS.filter((c) => servers.bordenden && c.peers.some((p) => servers[p])).map(
      (c) => ({
        label: c.label,
        figures: Object.fromEntries(
          metrics.map((m) => {
            const own = byRep(mineOf('bordenden'), reps, m.key)
            const peers = c.peers.map((p) => byRep(mineOf(p), reps, m.key))
            return [
              m.key,
              spread(
                own.map((v, rep) =>
                  ratioOf(
                    v,
                    peers.map((p) => p[rep] ?? null),
                    m.better,
                  ),
                ),
              ),
            ]
          }),
        ),
      }),
    )
    workloads[workload] = { metrics, servers, ratios }
  }
  return { workloads, targets: targets(workloads, runs, reps) }
}

/** A target holds when it holds in every repetition that ran: one collapsed repetition is a miss. */
function targets(w: Record<string, WorkloadSummary>, runs: RunRecord[], reps: number) {
  const big = w['meeting-500x8']?.servers
  const own = big?.bordenden?.figures
  const cold = w['cold-open']?.servers.bordenden?.figures
  const reactions = w.reactions?.servers.bordenden?.figures
  const every = (s: Spread | undefined, ok: (v: number) => boolean) => {
    const xs = s?.reps.filter((v): v is number => v !== null) ?? []
    return xs.length === 0 ? null : xs.every(ok)
  }
  const persistentPeers = (['hocuspocus', 'hocuspocus-fsync', 'yws-leveldb'] as const).filter(
    (id) => big?.[id],
  )
  const bigRuns = runs.filter((r) => r.workload === 'meeting-500x8')
  const deliveredRatio = spread(
    byRep(
      bigRuns.filter((r) => r.server === 'bordenden'),
      reps,
      'deliveredDocPerSec',
    ).map((v, rep) =>
      ratioOf(
        v,
        persistentPeers.map(
          (p) =>
            byRep(
              bigRuns.filter((r) => r.server === p),
              reps,
              'deliveredDocPerSec',
            )[rep] ?? null,
        ),
        'higher',
      ),
    ),
  )
  const withinASecond = (target: string, key: string) => ({
    target: `reactions: ${target} < 1000 ms (slowest of the samples)`,
    value: reactions?.[key],
    met: every(reactions?.[key], (v) => v < 1000),
  })
  return [
    {
      target: 'meeting 500×8: update p99 < 50 ms',
      value: own?.docP99,
      met: every(own?.docP99, (v) => v < 50),
    },
    { target: 'meeting 500×8: no errors', value: own?.errors, met: every(own?.errors, (v) => v === 0) },
    {
      target: 'meeting 500×8: document deliveries/s ≥ 1.5× the best persistent peer (per repetition)',
      value: deliveredRatio,
      met: every(deliveredRatio, (v) => v >= 1.5),
    },
    {
      target: 'cold open: server load < 20 ms (warm process)',
      value: cold?.serverReloadMs,
      met: every(cold?.serverReloadMs, (v) => v < 20),
    },
    {
      target: 'cold open: stored bytes (database files) ≤ 2× compacted state',
      value: cold?.storedRatio,
      met: every(cold?.storedRatio, (v) => v <= 2),
    },
    withinASecond('a revoked link’s open board closes', 'revokeCloseMax'),
    withinASecond('a signed-out session’s open board closes', 'signOutCloseMax'),
    withinASecond('a status reported through the API shows on an open board', 'statusShownMax'),
  ]
}
