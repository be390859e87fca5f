import { prepareRooms } from '../lib/access.ts'
import { LoadGen } from '../lib/loadgens.ts'
import type { ClientPlan, RunReport, Traffic } from '../lib/messages.ts'
import { offeredVerdict } from '../lib/offered.ts'
import { type BenchServer, cpuSecondsOf, memoryOf } from '../lib/servers.ts'
import { epochNow, Histogram } from '../lib/stats.ts'
import { round, sleep, sleepUntil } from '../lib/time.ts'

export interface Durations {
  warmupMs: number
  measureMs: number
  drainMs: number
  settleMs: number
}

/** What one run of a traffic workload measured. Latencies in ms, rates per second, memory in MB. */
export interface TrafficResult {
  clients: number
  connectFailed: number
  connectMs: number
  connectP99: number | null
  docP50: number | null
  docP99: number | null
  docMax: number | null
  awP50: number | null
  awP99: number | null
  awMax: number | null
  sentDocPerSec: number
  /** Updates (and awareness updates) that reached a receiver inside the window, per second. */
  deliveredDocPerSec: number
  deliveredAwPerSec: number
  /** The same deliveries per second of server CPU (user + system, from /proc/<pid>/stat). */
  docPerCpuSecond: number | null
  awPerCpuSecond: number | null
  allPerCpuSecond: number | null
  /**
   * Delivered ÷ expected (every other client in the room) for stamps sent inside the window. What did
   * not arrive by the end of the drain counts as later than everything else: a quantile it decides is
   * Infinity (shown as ∞, "late or lost").
   */
  docDelivery: number
  awDelivery: number
  errors: number
  errorKinds: Record<string, number>
  serverCpuPct: number
  serverRssMB: number
  serverPeakRssMB: number
  clientCpuPct: number
  /** The worst load generator's event-loop delay p99 (ms) and the share of the planned messages sent. */
  generatorLagP99: number
  offeredShare: number
  /** Why the generators could not offer the load (then the latencies above are null), or null. */
  generatorBound: string | null
  framesInPerSec: number
}

const MB = 1024 * 1024

/** Splits clients over load generators by room, so senders and their receivers share a process. */
function partition(clients: ClientPlan[], generators: number): ClientPlan[][] {
  const parts: ClientPlan[][] = Array.from({ length: generators }, () => [])
  const rooms = [...new Set(clients.map((c) => c.room))]
  if (rooms.length === 1) {
    clients.forEach((c, i) => {
      parts[i % generators]?.push(c)
    })
    return parts
  }
  const index = new Map(rooms.map((r, i) => [r, i % generators]))
  for (const c of clients) parts[index.get(c.room) ?? 0]?.push(c)
  return parts
}

async function startGenerators(server: BenchServer, clients: ClientPlan[], generators: number) {
  const gens = partition(clients, generators).map((part) => {
    const gen = new LoadGen()
    gen.send({ cmd: 'plan', plan: { dialect: server.spec.dialect, clients: part, connectConcurrency: 32 } })
    return gen
  })
  return gens
}

/** What connecting a group of clients took. */
export interface Connected {
  ok: number
  failed: number
  ms: number
  p99: number
  firstError: string | null
}

/** What the generators reported for one window, with the server's CPU time over it. */
export interface Measured {
  reports: RunReport[]
  serverCpuSeconds: number
  /** Server CPU seconds per second of the window. */
  serverCpu: number
  rss: number
  peak: number
  windowS: number
}

async function connect(gens: LoadGen[], group: string): Promise<Connected> {
  for (const g of gens) g.send({ cmd: 'connect', group })
  const reports = await Promise.all(gens.map((g) => g.next('connected', 180_000)))
  return {
    ok: reports.reduce((a, r) => a + r.ok, 0),
    failed: reports.reduce((a, r) => a + r.failed, 0),
    ms: Math.max(...reports.map((r) => r.ms)),
    p99: Math.max(...reports.map((r) => r.connectP99 ?? 0)),
    firstError: reports.find((r) => r.firstError)?.firstError ?? null,
  }
}

/** Offers traffic for warm-up + window, samples the server, and merges what the generators saw. */
async function measure(server: BenchServer, gens: LoadGen[], d: Durations): Promise<Measured> {
  const measureFrom = epochNow() + 300 + d.warmupMs
  const measureTo = measureFrom + d.measureMs
  const reportAt = measureTo + d.drainMs
  for (const g of gens) g.send({ cmd: 'start', measureFrom, measureTo, reportAt })
  await sleepUntil(measureFrom)
  const cpu0 = cpuSecondsOf(server.pid)
  const t0 = epochNow()
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, memoryOf(server.pid).rss)
  }, 250)
  await sleepUntil(measureTo)
  const cpu1 = cpuSecondsOf(server.pid)
  const t1 = epochNow()
  const rss = memoryOf(server.pid).rss
  clearInterval(sampler)
  peak = Math.max(peak, rss)
  const reports = await Promise.all(gens.map((g) => g.next('result', d.drainMs + 60_000)))
  const serverCpuSeconds = cpu1 - cpu0
  return {
    reports,
    serverCpuSeconds,
    serverCpu: serverCpuSeconds / ((t1 - t0) / 1000),
    rss,
    peak,
    windowS: d.measureMs / 1000,
  }
}

/** Merges what the generators saw into one result; exported for the bench's own tests. */
export function summarizeTraffic(
  m: Measured,
  clients: Pick<ClientPlan, 'traffic'>[],
  conn: Connected,
): TrafficResult {
  const doc = Histogram.merge(m.reports.map((r) => r.doc))
  const aw = Histogram.merge(m.reports.map((r) => r.aw))
  const rooms = new Map<string, { sentDoc: number; sentAw: number; connected: number }>()
  for (const r of m.reports) {
    for (const [name, v] of Object.entries(r.rooms)) {
      const room = rooms.get(name) ?? { sentDoc: 0, sentAw: 0, connected: 0 }
      room.sentDoc += v.sentDoc
      room.sentAw += v.sentAw
      room.connected += v.connected
      rooms.set(name, room)
    }
  }
  let expectedDoc = 0
  let expectedAw = 0
  let sentDoc = 0
  for (const room of rooms.values()) {
    expectedDoc += room.sentDoc * Math.max(0, room.connected - 1)
    expectedAw += room.sentAw * Math.max(0, room.connected - 1)
    sentDoc += room.sentDoc
  }
  const sum = (f: (r: RunReport) => number) => m.reports.reduce((a, r) => a + f(r), 0)
  const deliveredDoc = sum((r) => r.deliveredDoc)
  const deliveredAw = sum((r) => r.deliveredAw)
  const errorKinds: Record<string, number> = {}
  for (const r of m.reports)
    for (const [k, v] of Object.entries(r.errors)) errorKinds[k] = (errorKinds[k] ?? 0) + v
  if (conn.failed > 0) errorKinds[`connect failed: ${conn.firstError ?? '?'}`] = conn.failed
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0)
  const planned =
    clients.reduce((a, c) => a + (c.traffic ? c.traffic.docHz + c.traffic.awHz : 0), 0) * m.windowS
  const sentInWindow = [...rooms.values()].reduce((a, r) => a + r.sentDoc + r.sentAw, 0)
  const generatorLagP99 = Math.max(...m.reports.map((r) => r.loopDelayP99))
  const offered = offeredVerdict({ planned, sent: sentInWindow, lagP99Ms: generatorLagP99 })
  // A generator-bound run's latencies are the generators' as much as the server's: not reported.
  const latency = (v: number | null) => (offered.bound ? null : round(v))
  const receivedDoc = sum((r) => r.receivedDoc)
  const receivedAw = sum((r) => r.receivedAw)
  const perCpuSecond = (n: number) => (m.serverCpuSeconds > 0 ? Math.round(n / m.serverCpuSeconds) : null)
  return {
    clients: clients.length,
    connectFailed: conn.failed,
    connectMs: Math.round(conn.ms),
    connectP99: round(conn.p99, 1),
    docP50: latency(doc.quantile(0.5, expectedDoc)),
    docP99: latency(doc.quantile(0.99, expectedDoc)),
    docMax: latency(doc.count ? doc.max : null),
    // Presence is latest-state-wins: a server may drop a cursor position superseded within the same
    // moment (Hocuspocus and Bordenden coalesce per event-loop turn), so these are over what arrived.
    awP50: latency(aw.quantile(0.5)),
    awP99: latency(aw.quantile(0.99)),
    awMax: latency(aw.count ? aw.max : null),
    sentDocPerSec: Math.round(sentDoc / m.windowS),
    deliveredDocPerSec: Math.round(receivedDoc / m.windowS),
    deliveredAwPerSec: Math.round(receivedAw / m.windowS),
    docPerCpuSecond: perCpuSecond(receivedDoc),
    awPerCpuSecond: perCpuSecond(receivedAw),
    allPerCpuSecond: perCpuSecond(receivedDoc + receivedAw),
    docDelivery: round(expectedDoc ? deliveredDoc / expectedDoc : 1, 4) as number,
    awDelivery: round(expectedAw ? deliveredAw / expectedAw : 1, 4) as number,
    errors,
    errorKinds,
    serverCpuPct: Math.round(m.serverCpu * 1000) / 10,
    serverRssMB: round(m.rss / MB, 1) as number,
    serverPeakRssMB: round(m.peak / MB, 1) as number,
    clientCpuPct: Math.round((sum((r) => r.cpuSeconds) / m.windowS) * 1000) / 10,
    generatorLagP99: round(generatorLagP99, 1) as number,
    offeredShare: offered.share,
    generatorBound: offered.bound,
    framesInPerSec: Math.round(sum((r) => r.framesIn) / (m.windowS + 1)),
  }
}

function clientsFor(
  rooms: number,
  perRoom: number,
  traffic: (room: number, i: number) => Traffic | null,
  group = 'all',
) {
  const names = Array.from({ length: rooms }, (_, i) => `r${i}`)
  const plans: Omit<ClientPlan, 'url' | 'docName'>[] = []
  names.forEach((room, r) => {
    for (let i = 0; i < perRoom; i++)
      plans.push({ id: r * perRoom + i + 1, room, group, traffic: traffic(r, i) })
  })
  return { names, plans }
}

async function withAccess(
  server: BenchServer,
  names: string[],
  plans: Omit<ClientPlan, 'url' | 'docName'>[],
) {
  const perRoom = Math.max(...names.map((room) => plans.filter((p) => p.room === room).length))
  const access = await prepareRooms(server, names, perRoom)
  const taken = new Map<string, number>()
  return plans.map((p) => {
    const a = access.get(p.room)
    if (!a) throw new Error(`no access for room ${p.room}`)
    const i = taken.get(p.room) ?? 0
    taken.set(p.room, i + 1)
    return { ...p, url: a.urls[i] as string, docName: a.docName }
  })
}

const MEETING: Traffic = { docHz: 2, awHz: 10, style: 'meeting' }
const DRAG: Traffic = { docHz: 60, awHz: 30, style: 'drag' }

/** R rooms × C clients, every client editing (2/s) and moving its cursor (10/s). */
export function meeting(
  server: BenchServer,
  rooms: number,
  perRoom: number,
  d: Durations,
  generators: number,
) {
  return traffic(server, rooms, perRoom, MEETING, d, generators)
}

/** One room, 30 clients, all dragging shapes at 60 Hz (and their cursors at 30 Hz). */
export function burst(server: BenchServer, d: Durations, generators: number) {
  return traffic(server, 1, 30, DRAG, d, generators)
}

/** Every client of every room sends `kind` for the measured window. */
async function traffic(
  server: BenchServer,
  rooms: number,
  perRoom: number,
  kind: Traffic,
  d: Durations,
  generators: number,
) {
  const { names, plans } = clientsFor(rooms, perRoom, () => kind)
  const clients = await withAccess(server, names, plans)
  const gens = await startGenerators(server, clients, generators)
  try {
    const conn = await connect(gens, 'all')
    await sleep(d.settleMs)
    const m = await measure(server, gens, d)
    return summarizeTraffic(m, clients, conn)
  } finally {
    await Promise.all(gens.map((g) => g.exit()))
  }
}

export interface IdleResult {
  sockets: number
  rooms: number
  baselineRssMB: number
  /** After one socket per room, and after all sockets. */
  roomsOpenRssMB: number
  allOpenRssMB: number
  rssPerSocketKB: number
  rssPerRoomKB: number
  rssPerSocketAllInKB: number
  connectMs: number
  connectFailed: number
  traffic: TrafficResult
}

/** 4,000 sockets in 500 rooms of 8, 1 % of them active: memory per socket and per room. */
export async function manyIdle(
  server: BenchServer,
  d: Durations,
  generators: number,
  rooms = 500,
  perRoom = 8,
) {
  const activeRooms = Math.round((rooms * perRoom) / 100)
  const { names, plans } = clientsFor(rooms, perRoom, (r, i) => (i === 1 && r < activeRooms ? MEETING : null))
  for (const p of plans) p.group = p.id % perRoom === 1 ? 'first' : 'rest'
  const clients = await withAccess(server, names, plans)
  const gens = await startGenerators(server, clients, generators)
  try {
    await sleep(d.settleMs)
    const baseline = memoryOf(server.pid).rss
    const first = await connect(gens, 'first')
    await sleep(d.settleMs)
    const roomsOpen = memoryOf(server.pid).rss
    const rest = await connect(gens, 'rest')
    await sleep(d.settleMs)
    const allOpen = memoryOf(server.pid).rss
    const m = await measure(server, gens, d)
    const conn = {
      ...rest,
      ok: first.ok + rest.ok,
      failed: first.failed + rest.failed,
      ms: first.ms + rest.ms,
    }
    const perSocket = (allOpen - roomsOpen) / Math.max(1, rest.ok)
    return {
      sockets: clients.length,
      rooms,
      baselineRssMB: round(baseline / MB, 1) as number,
      roomsOpenRssMB: round(roomsOpen / MB, 1) as number,
      allOpenRssMB: round(allOpen / MB, 1) as number,
      rssPerSocketKB: round(perSocket / 1024, 1) as number,
      rssPerRoomKB: round(((roomsOpen - baseline) / Math.max(1, first.ok) - perSocket) / 1024, 1) as number,
      rssPerSocketAllInKB: round((allOpen - baseline) / Math.max(1, conn.ok) / 1024, 1) as number,
      connectMs: Math.round(conn.ms),
      connectFailed: conn.failed,
      traffic: summarizeTraffic(m, clients, conn),
    } satisfies IdleResult
  } finally {
    await Promise.all(gens.map((g) => g.exit()))
  }
}
