/**
 * `pnpm bench`: Bordenden's sync server against Hocuspocus and the y-websocket server, side by side.
 * Every workload runs against every server, repetitions interleaved (the server order rotates each
 * round), each run on a fresh server process and data directory, on loopback only. Writes
 * results/latest.json and results/latest.md.
 *
 *   node run.ts [--quick] [--reps N] [--only meeting,burst,cold,idle,reactions] [--servers bordenden,hocuspocus,...]
 *               [--sizes 50,200] [--out dir] [--profile dir]
 *
 * --profile: every server runs under `node --cpu-prof` and is stopped with SIGTERM, so that each run
 * leaves a .cpuprofile in that folder.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { renderMarkdown, writeInfinity } from './lib/markdown.ts'
import { MAX_GENERATOR_LAG_MS, MIN_OFFERED_SHARE, SizeLimits } from './lib/offered.ts'
import { type RunRecord, summarizeRuns } from './lib/report.ts'
import { BenchServer, repoRoot, SERVERS, type ServerId } from './lib/servers.ts'
import { coldOpen, coldOpenFixture, removeFixture } from './workloads/cold-open.ts'
import { reactions } from './workloads/reactions.ts'
import { burst, type Durations, manyIdle, meeting } from './workloads/traffic.ts'

// `pnpm bench -- --quick` hands the `--` on to us; it separates nothing here.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'))
const { values } = parseArgs({
  args,
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    only: { type: 'string' },
    servers: { type: 'string' },
    out: { type: 'string' },
    sizes: { type: 'string' },
    profile: { type: 'string' },
  },
})

const quick = values.quick
const reps = Number(values.reps ?? (quick ? 1 : 3))
const only = new Set((values.only ?? 'meeting,burst,cold,idle,reactions').split(','))
const serverIds = (values.servers ?? 'bordenden,hocuspocus,hocuspocus-fsync,yws-leveldb,yws-memory').split(
  ',',
) as ServerId[]
for (const id of serverIds) if (!SERVERS[id]) throw new Error(`unknown server ${id}`)
const outDir = path.resolve(values.out ?? path.join(import.meta.dirname, 'results'))
const profileDir = values.profile ? path.resolve(values.profile) : undefined
if (profileDir) mkdirSync(profileDir, { recursive: true })

const durations: Durations = quick
  ? { warmupMs: 1_000, measureMs: 3_000, drainMs: 1_000, settleMs: 500 }
  : { warmupMs: 1_500, measureMs: 5_000, drainMs: 1_000, settleMs: 500 }
const meetingSizes = values.sizes ? values.sizes.split(',').map(Number) : quick ? [50, 200] : [50, 200, 500]
const idleLayout = quick ? { rooms: 100, perRoom: 8 } : { rooms: 500, perRoom: 8 }
const GENERATORS = 2
const reactionSamples = quick ? 5 : 20

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  openFileLimit: execSync('ulimit -Hn', { shell: '/bin/sh' }).toString().trim(),
  packages: packageVersions(),
}

function packageVersions(): Record<string, string> {
  const versionOf = (name: string) => {
    try {
      const file = path.join(import.meta.dirname, 'node_modules', name, 'package.json')
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    } catch {
      return '?'
    }
  }
  return Object.fromEntries(
    ['@hocuspocus/server', '@hocuspocus/extension-sqlite', 'y-websocket', 'y-leveldb', 'yjs', 'ws'].map(
      (n) => [n, versionOf(n)],
    ),
  )
}

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)
const rotate = <T>(xs: readonly T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length] as T)

const runs: RunRecord[] = []
let current: BenchServer | null = null
// Interrupted: stop the server under test too (load generators exit with their parent).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(130))
  })
}
const started = Date.now()

async function once<R>(
  workload: string,
  serverId: ServerId,
  rep: number,
  body: (s: BenchServer) => Promise<R>,
  logLevel = 'warn',
): Promise<R | null> {
  const spec = SERVERS[serverId]
  const t0 = Date.now()
  // Load average before the run: other work on the machine shows up here (it should be near 0).
  const loadBefore = Math.round((os.loadavg()[0] ?? 0) * 100) / 100
  let server: BenchServer | null = null
  try {
    server = await BenchServer.start(spec, logLevel, profileDir)
    current = server
    const result = await body(server)
    runs.push({
      workload,
      server: serverId,
      rep,
      ok: true,
      result,
      seconds: (Date.now() - t0) / 1000,
      loadBefore,
    })
    log(`${workload} ${serverId} #${rep + 1}: ${brief(result)}`)
    return result
  } catch (error) {
    const message = (error as Error).message
    runs.push({
      workload,
      server: serverId,
      rep,
      ok: false,
      error: message,
      seconds: (Date.now() - t0) / 1000,
    })
    log(
      `${workload} ${serverId} #${rep + 1}: FAILED ${message}${server ? `\n${server.stderrText.slice(0, 3000)}` : ''}`,
    )
  } finally {
    await server?.stop()
    writeReport(false)
  }
  return null
}

function brief(result: unknown): string {
  const r = result as Record<string, unknown>
  const t = (r.traffic ?? r) as Record<string, unknown>
  if ('docP99' in t) {
    return `doc p50 ${t.docP50} p99 ${t.docP99} max ${t.docMax} ms, ${t.deliveredDocPerSec} upd/s (${t.docDelivery}), aw p99 ${t.awP99}, ${t.allPerCpuSecond}/cpu-s, cpu ${t.serverCpuPct}%, rss ${t.serverRssMB} MB, client cpu ${t.clientCpuPct}% lag ${t.generatorLagP99} ms${t.generatorBound ? ` (${t.generatorBound})` : ''}, errors ${t.errors}${'rssPerSocketKB' in r ? `, ${r.rssPerSocketKB} KB/socket, ${r.rssPerRoomKB} KB/room` : ''}`
  }
  return JSON.stringify(result)
}

const limits = new SizeLimits()
const fixture = only.has('cold') ? coldOpenFixture() : null
if (fixture)
  log(
    `cold-open fixture: ${fixture.updates} updates, ${fixture.updateBytes} B as edits, ${fixture.compactedBytes} B compacted`,
  )

try {
  for (let rep = 0; rep < reps; rep++) {
    const order = rotate(serverIds, rep)
    if (only.has('meeting')) {
      for (const rooms of meetingSizes) {
        for (const id of order) {
          const workload = `meeting-${rooms}x8`
          const skipped = limits.skip(id, rooms)
          if (skipped) {
            runs.push({ workload, server: id, rep, ok: false, skipped, seconds: 0 })
            writeReport(false)
            log(`${workload} ${id} #${rep + 1}: ${skipped}`)
            continue
          }
          const result = await once(workload, id, rep, (s) => meeting(s, rooms, 8, durations, GENERATORS))
          limits.record(id, rooms, result?.generatorBound ?? null)
        }
      }
    }
    if (only.has('burst'))
      for (const id of order) await once('burst-30', id, rep, (s) => burst(s, durations, GENERATORS))
    if (only.has('cold') && fixture) {
      for (const id of order.filter((id) => !SERVERS[id].noColdOpen))
        await once('cold-open', id, rep, (s) => coldOpen(s, fixture), 'debug')
    }
    if (only.has('idle')) {
      for (const id of order) {
        await once(`idle-${idleLayout.rooms * idleLayout.perRoom}`, id, rep, (s) =>
          manyIdle(
            s,
            { ...durations, measureMs: Math.min(durations.measureMs, 4_000) },
            GENERATORS,
            idleLayout.rooms,
            idleLayout.perRoom,
          ),
        )
      }
    }
    if (only.has('reactions') && serverIds.includes('bordenden'))
      await once('reactions', 'bordenden', rep, (s) => reactions(s, reactionSamples))
  }
} finally {
  if (fixture) removeFixture(fixture)
}

/**
 * Writes results/latest.{json,md} from the runs so far: after every run (so an interrupted or overlong
 * run still leaves what it measured, marked incomplete) and once more at the end.
 */
function writeReport(complete: boolean) {
  const finished = Date.now()
  const summary = summarizeRuns(runs, serverIds)
  const report = {
    generatedAt: new Date(finished).toISOString(),
    complete,
    command: `pnpm bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    totalSeconds: Math.round((finished - started) / 1000),
    machine,
    settings: {
      reps,
      quick,
      durations,
      meetingSizes,
      clientsPerRoom: 8,
      idleLayout,
      reactionSamples,
      loadGenerators: GENERATORS,
      // The stop rule (lib/offered.ts): below this share sent or above this lag, a size is generator-bound.
      generatorRule: { minOfferedShare: MIN_OFFERED_SHARE, maxGeneratorLagMs: MAX_GENERATOR_LAG_MS },
      traffic: {
        meeting:
          '2 document updates/s (tldraw-style record rewrites, ~100-330 B) + 10 awareness updates/s per client',
        burst:
          '30 clients in one room, 60 document updates/s (small drag moves, ~90 B) + 30 awareness updates/s each',
        idle: '1 % of the sockets send the meeting mix; the rest only announce presence once',
      },
      servers: Object.fromEntries(serverIds.map((id) => [id, SERVERS[id]])),
      coldOpen: fixture && { ...fixture, dir: undefined, updatesFile: undefined, stateFile: undefined },
    },
    summary,
    runs,
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(report, writeInfinity, 2)}\n`)
  writeFileSync(path.join(outDir, 'latest.md'), renderMarkdown(report))
  return report
}

const report = writeReport(true)
log(`done in ${report.totalSeconds} s; wrote ${path.relative(repoRoot, outDir)}/latest.{json,md}`)
