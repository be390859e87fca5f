import { SERVERS, type ServerId } from './servers.ts'
import { median } from './stats.ts'

export interface RunRecord {
  workload: string
  server: ServerId
  rep: number
  ok: boolean
  result?: unknown
  error?: string
  seconds: number
  loadBefore?: number
}

interface Metric {
  key: string
  label: string
  better: 'lower' | 'higher'
}

const TRAFFIC: Metric[] = [
  { key: 'docP50', label: 'update p50 ms', better: 'lower' },
  { key: 'docP99', label: 'update p99 ms', better: 'lower' },
  { key: 'docMax', label: 'update max ms', better: 'lower' },
  { key: 'awP99', label: 'awareness p99 ms', better: 'lower' },
  { key: 'deliveredDocPerSec', label: 'updates delivered/s', better: 'higher' },
  { key: 'deliveredAwPerSec', label: 'awareness delivered/s', better: 'higher' },
  { key: 'docDelivery', label: 'update delivery', better: 'higher' },
  { key: 'awDelivery', label: 'awareness delivery', better: 'higher' },
  { key: 'errors', label: 'errors', better: 'lower' },
  { key: 'serverCpuPct', label: 'server CPU %', better: 'lower' },
  { key: 'serverRssMB', label: 'server RSS MB', better: 'lower' },
  { key: 'clientCpuPct', label: 'client CPU %', better: 'lower' },
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
  { key: 'storedBytes', label: 'stored doc bytes', better: 'lower' },
  { key: 'storedRatio', label: 'stored ÷ compacted', better: 'lower' },
  { key: 'diskBytes', label: 'bytes on disk', better: 'lower' },
  { key: 'diskRatio', label: 'disk ÷ compacted', better: 'lower' },
  { key: 'seedMs', label: 'seed 20k edits ms', better: 'lower' },
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

export interface WorkloadSummary {
  metrics: Metric[]
  /** Medians over the repetitions that ran, per server. */
  servers: Partial<Record<ServerId, { reps: number; failed: number; medians: Record<string, number | null> }>>
  /** Bordenden ÷ the best peer (lower is better for ms, MB, CPU; higher for rates). */
  ratioToBestPeer: Record<string, number | null>
  bestPeer: Record<string, ServerId | null>
}

export function summarizeRuns(runs: RunRecord[], serverIds: ServerId[]) {
  const workloads: Record<string, WorkloadSummary> = {}
  for (const workload of [...new Set(runs.map((r) => r.workload))]) {
    const metrics = metricsFor(workload)
    const servers: WorkloadSummary['servers'] = {}
    for (const id of serverIds) {
      const mine = runs.filter((r) => r.workload === workload && r.server === id)
      if (mine.length === 0) continue
      const ok = mine.filter((r) => r.ok).map((r) => flatten(r.result))
      const keys = [...new Set(ok.flatMap((o) => Object.keys(o)))]
      servers[id] = {
        reps: ok.length,
        failed: mine.length - ok.length,
        medians: Object.fromEntries(keys.map((k) => [k, median(ok.map((o) => o[k]))])),
      }
    }
    const ratioToBestPeer: Record<string, number | null> = {}
    const bestPeer: Record<string, ServerId | null> = {}
    for (const m of metrics) {
      const own = servers.bordenden?.medians[m.key]
      let best: { id: ServerId; v: number } | null = null
      for (const id of serverIds) {
        if (id === 'bordenden') continue
        const v = servers[id]?.medians[m.key]
        if (typeof v !== 'number') continue
        if (!best || (m.better === 'lower' ? v < best.v : v > best.v)) best = { id, v }
      }
      bestPeer[m.key] = best?.id ?? null
      ratioToBestPeer[m.key] =
        typeof own === 'number' && best && best.v !== 0
          ? best.v === Number.POSITIVE_INFINITY
            ? Number.isFinite(own)
              ? 0
              : null
            : Math.round((own / best.v) * 100) / 100
          : null
    }
    workloads[workload] = { metrics, servers, ratioToBestPeer, bestPeer }
  }
  return { workloads, targets: targets(workloads) }
}

function targets(w: Record<string, WorkloadSummary>) {
  const big = w['meeting-500x8']?.servers
  const cold = w['cold-open']?.servers.bordenden?.medians
  const persistentPeers = (['hocuspocus', 'yws-leveldb'] as const).map(
    (id) => big?.[id]?.medians.deliveredDocPerSec ?? null,
  )
  const betterPeer = Math.max(...persistentPeers.map((v) => v ?? 0))
  const own = big?.bordenden?.medians
  const reactions = w.reactions?.servers.bordenden?.medians
  const withinASecond = (target: string, key: string) => ({
    target: `reactions: ${target} < 1000 ms (slowest of the samples)`,
    value: reactions?.[key] ?? null,
    met: reactions ? (reactions[key] ?? Infinity) < 1000 : null,
  })
  const list = [
    {
      target: 'meeting 500×8: update p99 < 50 ms',
      value: own?.docP99 ?? null,
      met: own ? (own.docP99 ?? Infinity) < 50 : null,
    },
    { target: 'meeting 500×8: no errors', value: own?.errors ?? null, met: own ? own.errors === 0 : null },
    {
      target: 'meeting 500×8: updates delivered/s ≥ 1.5× the better persistent peer',
      value:
        own?.deliveredDocPerSec && betterPeer
          ? Math.round((own.deliveredDocPerSec / betterPeer) * 100) / 100
          : null,
      met: own?.deliveredDocPerSec && betterPeer ? own.deliveredDocPerSec >= 1.5 * betterPeer : null,
    },
    {
      target: 'cold open: server load < 20 ms',
      value: cold?.serverLoadMs ?? null,
      met: cold ? (cold.serverLoadMs ?? Infinity) < 20 : null,
    },
    {
      target: 'cold open: stored size ≤ 2× compacted state',
      value: cold?.storedRatio ?? null,
      met: cold ? (cold.storedRatio ?? Infinity) <= 2 : null,
    },
    withinASecond('a revoked link’s open board closes', 'revokeCloseMax'),
    withinASecond('a signed-out session’s open board closes', 'signOutCloseMax'),
    withinASecond('a status reported through the API shows on an open board', 'statusShownMax'),
  ]
  return list
}

const fmt = (v: number | null | undefined) => {
  if (v === null || v === undefined) return '–'
  if (v === Number.POSITIVE_INFINITY) return '∞'
  if (Math.abs(v) >= 10_000) return Math.round(v).toLocaleString('en-US')
  if (Math.abs(v) >= 100) return String(Math.round(v))
  if (Math.abs(v) >= 10) return String(Math.round(v * 10) / 10)
  return String(Math.round(v * 100) / 100)
}

interface Report {
  generatedAt: string
  command: string
  totalSeconds: number
  machine: Record<string, unknown>
  settings: Record<string, unknown> & {
    durations: { warmupMs: number; measureMs: number; drainMs: number }
    reps: number
  }
  summary: ReturnType<typeof summarizeRuns>
  runs: RunRecord[]
}

export function renderMarkdown(report: Report): string {
  const { summary, machine, settings } = report
  const lines: string[] = []
  lines.push(`# Sync server benchmarks — latest run`, '')
  lines.push(
    `Generated ${report.generatedAt} by \`${report.command}\` in ${report.totalSeconds} s. ` +
      `Medians of ${settings.reps} interleaved repetitions per cell; “÷ best peer” is Bordenden divided by the best of the other servers ` +
      `(below 1 is better for times, memory and CPU; above 1 is better for rates).`,
    '',
  )
  const m = machine as {
    cpu: string
    cores: number
    memoryGiB: number
    os: string
    node: string
    packages: Record<string, string>
  }
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}. Servers and load generators share it (loopback only). ` +
      `Peers: ${Object.entries(m.packages)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    '',
  )
  const loads = report.runs.map((r) => r.loadBefore).filter((x): x is number => typeof x === 'number')
  if (loads.length > 0) {
    lines.push(
      `Load average before each run: median ${fmt(median(loads))}, max ${fmt(Math.max(...loads))} ` +
        '(the machine is shared with other work; interleaving spreads that over all servers alike).',
      '',
    )
  }
  const d = settings.durations
  lines.push(
    `Each traffic run: ${d.warmupMs / 1000} s warm-up, ${d.measureMs / 1000} s measured, ${d.drainMs / 1000} s drain (shortened from 10-15 s to keep \`pnpm bench\` within 15 minutes).`,
    '',
  )
  lines.push('## Targets', '', '| target | Bordenden | met |', '| --- | --- | --- |')
  for (const t of summary.targets)
    lines.push(`| ${t.target} | ${fmt(t.value)} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`)
  lines.push('')
  const ratio = (v: number | null | undefined) => (v === 0 ? '≪1' : fmt(v))
  for (const [workload, w] of Object.entries(summary.workloads)) {
    lines.push(`## ${workload}`, '')
    lines.push(`| server | ${w.metrics.map((x) => x.label).join(' | ')} |`)
    lines.push(`| --- | ${w.metrics.map(() => '---:').join(' | ')} |`)
    for (const [id, s] of Object.entries(w.servers)) {
      if (!s) continue
      const label = `${SERVERS[id as ServerId].label}${s.failed ? ` (${s.failed} failed)` : ''}`
      lines.push(`| ${label} | ${w.metrics.map((x) => fmt(s.medians[x.key])).join(' | ')} |`)
    }
    lines.push(
      `| **Bordenden ÷ best peer** | ${w.metrics.map((x) => ratio(w.ratioToBestPeer[x.key])).join(' | ')} |`,
    )
    lines.push('')
  }
  const failures = report.runs.filter((r) => !r.ok)
  if (failures.length > 0) {
    lines.push('## Failed runs', '')
    for (const f of failures) lines.push(`- ${f.workload} ${f.server} #${f.rep + 1}: ${f.error}`)
    lines.push('')
  }
  lines.push('## Durability of each server (what the numbers buy)', '')
  for (const [id, spec] of Object.entries(
    settings.servers as Record<string, { label: string; durability: string }>,
  )) {
    lines.push(`- ${spec.label} (\`${id}\`): ${spec.durability}`)
  }
  lines.push('')
  return `${lines.join('\n')}\n`
}
