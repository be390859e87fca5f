import {
  generatorBound,
  type RunRecord,
  type RunStatus,
  type summarizeRuns,
  type WorkloadSummary,
} from './report.ts'
import { SERVERS, type ServerId, type ServerSpec } from './servers.ts'
import { median, type Spread } from './stats.ts'

/** What run.ts writes to results/<name>.json and renders here. */
export interface BenchReport {
  generatedAt: string
  /** False while the run is still going (or was cut short): the file holds the runs so far. */
  complete: boolean
  command: string
  totalSeconds: number
  machine: Record<string, unknown>
  settings: Record<string, unknown> & {
    durations: { warmupMs: number; measureMs: number; drainMs: number }
    reps: number
    servers: Record<string, ServerSpec>
  }
  summary: ReturnType<typeof summarizeRuns>
  runs: RunRecord[]
}

/** JSON has no Infinity: run.ts writes it as a string, and reading the file turns it back. */
export const writeInfinity = (_key: string, v: unknown) => (v === Number.POSITIVE_INFINITY ? 'Infinity' : v)
export const readInfinity = (_key: string, v: unknown) => (v === 'Infinity' ? Number.POSITIVE_INFINITY : v)

export const fmt = (v: number | null | undefined) => {
  if (v === null || v === undefined) return '–'
  if (v === Number.POSITIVE_INFINITY) return '∞'
  if (Math.abs(v) >= 1_000) return Math.round(v).toLocaleString('en-US')
  if (Math.abs(v) >= 100) return String(Math.round(v))
  if (Math.abs(v) >= 10) return String(Math.round(v * 10) / 10)
  return String(Math.round(v * 100) / 100)
}

/**
 * Every repetition, then the median and both ends: "3 · 5 · 40 → 5 (3–40)". A repetition without the
 * figure says why when `statuses` knows: "bound" (generator-bound: no latencies), "not run", "failed".
 */
export function cell(s: Spread | undefined, statuses: readonly RunStatus[] = []): string {
  const rep = (v: number | null, i: number) => {
    const status = statuses[i]
    return v === null && status && status !== 'ok' && status !== 'absent' ? status : fmt(v)
  }
  if (!s)
    return statuses.some((x) => x !== 'absent')
      ? statuses.map((x) => (x === 'ok' ? '–' : x)).join(' · ')
      : '–'
  if (s.reps.every((v) => v === null) && !statuses.some((x) => x !== 'ok' && x !== 'absent')) return '–'
  if (s.reps.length === 1) return rep(s.reps[0] ?? null, 0)
  const tail = s.median === null ? '' : ` → ${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`
  return `${s.reps.map(rep).join(' · ')}${tail}`
}

/** The figures the README's Performance table shows, in its order. */
const HEADLINE: { workload: string; title: string; key: string }[] = [
  { workload: 'meeting-50x8', title: 'meeting 50 rooms × 8', key: 'docP99' },
  { workload: 'meeting-50x8', title: 'meeting 50 × 8', key: 'allPerCpuSecond' },
  { workload: 'meeting-200x8', title: 'meeting 200 × 8', key: 'docP99' },
  { workload: 'meeting-200x8', title: 'meeting 200 × 8', key: 'deliveredDocPerSec' },
  { workload: 'meeting-200x8', title: 'meeting 200 × 8', key: 'deliveredAwPerSec' },
  { workload: 'meeting-200x8', title: 'meeting 200 × 8', key: 'allPerCpuSecond' },
  { workload: 'meeting-200x8', title: 'meeting 200 × 8', key: 'generatorLagP99' },
  { workload: 'meeting-500x8', title: 'meeting 500 × 8', key: 'docP99' },
  { workload: 'meeting-500x8', title: 'meeting 500 × 8', key: 'deliveredDocPerSec' },
  { workload: 'meeting-500x8', title: 'meeting 500 × 8', key: 'deliveredAwPerSec' },
  { workload: 'meeting-500x8', title: 'meeting 500 × 8', key: 'allPerCpuSecond' },
  { workload: 'meeting-500x8', title: 'meeting 500 × 8', key: 'generatorLagP99' },
  { workload: 'burst-30', title: 'burst: 1 room × 30 at 60 Hz', key: 'docP50' },
  { workload: 'burst-30', title: 'burst', key: 'docP99' },
  { workload: 'cold-open', title: 'cold open (year-long course)', key: 'serverLoadMs' },
  { workload: 'cold-open', title: 'cold open', key: 'serverReloadMs' },
  { workload: 'cold-open', title: 'cold open', key: 'completeMs' },
  { workload: 'cold-open', title: 'cold open', key: 'storedRatio' },
  { workload: 'cold-open', title: 'cold open', key: 'seedMs' },
  { workload: 'idle-4000', title: 'many idle: 4,000 sockets', key: 'rssPerSocketKB' },
  { workload: 'idle-4000', title: 'many idle', key: 'connectMs' },
]

const row = (cells: string[]) => `| ${cells.join(' | ')} |`

/**
 * The README's Performance table: one row per headline figure, one column per server and comparison;
 * each cell every repetition → median (min–max). `readme-table.ts` prints it from a results file.
 */
export function performanceTable(report: BenchReport): string {
  const { workloads } = report.summary
  const servers = Object.keys(report.settings.servers) as ServerId[]
  const ratioLabels = [...new Set(Object.values(workloads).flatMap((w) => w.ratios.map((r) => r.label)))]
  const lines = [
    row(['workload', 'metric', ...servers.map((id) => SERVERS[id].label), ...ratioLabels]),
    row(['---', '---', ...servers.map(() => '---:'), ...ratioLabels.map(() => '---:')]),
    row(['durability', '', ...servers.map((id) => SERVERS[id].durability), ...ratioLabels.map(() => '')]),
  ]
  for (const h of HEADLINE) {
    const w = workloads[h.workload]
    const metric = w?.metrics.find((m) => m.key === h.key)
    if (!w || !metric) continue
    lines.push(
      row([
        h.title,
        metric.label,
        ...servers.map((id) => cell(w.servers[id]?.figures[h.key], w.servers[id]?.statuses)),
        ...ratioLabels.map((label) => cell(w.ratios.find((r) => r.label === label)?.figures[h.key])),
      ]),
    )
  }
  return lines.join('\n')
}

function workloadTable(w: WorkloadSummary): string[] {
  const ids = Object.keys(w.servers) as ServerId[]
  const label = (id: ServerId) => {
    const s = w.servers[id]
    const notes = [s?.failed ? `${s.failed} failed` : '', s?.skipped ? `${s.skipped} not run` : ''].filter(
      Boolean,
    )
    return `${SERVERS[id].label}${notes.length ? ` (${notes.join(', ')})` : ''}`
  }
  const lines = [
    row(['metric', ...ids.map(label), ...w.ratios.map((r) => r.label)]),
    row(['---', ...ids.map(() => '---:'), ...w.ratios.map(() => '---:')]),
  ]
  for (const m of w.metrics) {
    lines.push(
      row([
        `${m.label} (${m.better} is better)`,
        ...ids.map((id) => cell(w.servers[id]?.figures[m.key], w.servers[id]?.statuses)),
        ...w.ratios.map((r) => cell(r.figures[m.key])),
      ]),
    )
  }
  return lines
}

export function renderMarkdown(report: BenchReport): string {
  const { summary, settings } = report
  const m = report.machine as { cpu: string; cores: number; memoryGiB: number; os: string; node: string }
  const packages = report.machine.packages as Record<string, string>
  const loads = report.runs.map((r) => r.loadBefore).filter((x): x is number => typeof x === 'number')
  const d = settings.durations
  const lines = [
    '# Sync server benchmarks',
    '',
    `${report.complete ? '' : `**Incomplete: the runs up to ${report.generatedAt} only.** `}` +
      `Generated ${report.generatedAt} by \`${report.command}\` in ${report.totalSeconds} s. ` +
      `${settings.reps} interleaved repetition(s) per cell (the server order rotates each round); every cell ` +
      'shows each repetition in run order, then → median (min–max). Ratios are Bordenden ÷ the best of the ' +
      'compared peers in the same repetition (below 1 is better for times, memory and CPU; above 1 for rates).',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; servers and load ` +
      'generators share it (loopback only), and so did other work. ' +
      `Load average before each run: median ${fmt(median(loads))}, max ${fmt(loads.length ? Math.max(...loads) : null)}. ` +
      `Peers: ${Object.entries(packages)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    '',
    `Each traffic run: ${d.warmupMs / 1000} s warm-up, ${d.measureMs / 1000} s measured, ${d.drainMs / 1000} s drain.`,
    '',
    '## Headline (the README’s Performance table)',
    '',
    performanceTable(report),
    '',
    '## Targets',
    '',
    row(['target', 'Bordenden', 'met in every repetition']),
    row(['---', '---', '---']),
  ]
  for (const t of summary.targets)
    lines.push(row([t.target, cell(t.value), t.met === null ? '–' : t.met ? 'yes' : '**no**']))
  lines.push('')
  for (const [workload, w] of Object.entries(summary.workloads))
    lines.push(`## ${workload}`, '', ...workloadTable(w), '')
  const notes = report.runs.flatMap((r) => {
    const where = `${r.workload} ${r.server} #${r.rep + 1}`
    const why = r.ok ? generatorBound(r) : null
    if (r.skipped) return [`- ${where}: ${r.skipped}`]
    if (!r.ok) return [`- ${where}: failed: ${r.error}`]
    if (why) return [`- ${where}: ${why}; its latencies are not reported`]
    return []
  })
  if (notes.length > 0)
    lines.push('## Runs not run, failed or bound by the load generators', '', ...notes, '')
  const stored = report.runs.filter((r) => r.workload === 'cold-open' && r.rep === 0 && r.ok)
  const filesOf = (r: RunRecord) => (r.result as { storedFiles?: Record<string, number> | null }).storedFiles
  if (stored.some(filesOf)) {
    lines.push('## What “stored bytes” counts (cold open, first repetition)', '')
    for (const r of stored) {
      const files = Object.entries(filesOf(r) ?? {}).map(([name, bytes]) => `\`${name}\` ${fmt(bytes)} B`)
      if (files.length > 0) lines.push(`- ${SERVERS[r.server].label}: ${files.join(', ')}`)
    }
    lines.push('')
  }
  lines.push('## Durability of each server (what the numbers buy)', '')
  for (const [id, spec] of Object.entries(settings.servers))
    lines.push(
      `- ${spec.label} (\`${id}\`): **${spec.durability}**: ${spec.durabilityDetail}${spec.noColdOpen ? `. Cold open not run: ${spec.noColdOpen}` : ''}`,
    )
  lines.push('')
  return `${lines.join('\n')}\n`
}
