/**
 * `node first-open.ts [--root DIR] [--reps N] [--label NAME]`: how fast a board opens, in Chromium, against
 * a real server built from DIR (default: this checkout; point it at an unpacked older commit, installed and
 * built, to compare). One server with a fresh data folder stores the demo course and two copies of a
 * year-long course (tests/bench/lib/coursedoc.ts, seeded by lib/seed-course.ts); each repetition restarts
 * it, so that nothing is loaded, then opens in fresh browser contexts (cold caches), through viewer links:
 *   1. year course A: the server's first load in a fresh process,
 *   2. the demo course,
 *   3. year course B: a load in a warm process.
 * Per board: navigation → first card in the DOM, bytes transferred (compressed, as the browser counts
 * them) and font files fetched; per document the server's own load ("room loaded"), by the clock and in
 * CPU time. Prints every repetition with the median and the worst, and writes
 * results/first-open-<label>.json. About a minute with three repetitions.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import * as Y from 'yjs'
import { seedYearCourse } from './lib/seed-course.ts'
import { repoRoot } from './lib/servers.ts'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: { root: { type: 'string' }, reps: { type: 'string' }, label: { type: 'string' } },
})
const root = path.resolve(values.root ?? repoRoot)
const reps = Number(values.reps ?? 3)
const label = values.label ?? 'current'

interface LogLine {
  msg: string
  [field: string]: unknown
}

/** The server built in `root`, as `pnpm start` runs it, on a free port. */
class Server {
  readonly logs: LogLine[] = []
  port = 0
  private child: ChildProcess | null = null
  readonly dataDir: string
  constructor(dataDir: string) {
    this.dataDir = dataDir
  }

  async start() {
    const child = spawn(process.execPath, ['server/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'debug',
        // The demo course is made only when asked for (README → Security).
        BORDENDEN_DEMO: '1',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    this.child = child
    const from = this.logs.length
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        this.logs.push(JSON.parse(text) as LogLine)
      } catch {}
    })
    await until('the server to listen', () => this.logs.slice(from).some((l) => l.msg === 'listening'))
    this.port = Number(this.logs.slice(from).find((l) => l.msg === 'listening')?.port)
  }

  async stop() {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  /**
   * The server's own load of a document, from its log, since log line `from`: by the clock, and in the
   * CPU time it spent on it (on a busy machine the clock also counts the time other processes ran).
   */
  load(docId: string, from = 0): { ms: number | null; cpuMs: number | null } {
    const line = this.logs.slice(from).find((l) => l.msg === 'room loaded' && l.docId === docId)
    const number = (value: unknown) => (typeof value === 'number' ? value : null)
    return { ms: number(line?.ms), cpuMs: number(line?.cpuMs) }
  }
}

async function until(what: string, done: () => boolean, timeoutMs = 60_000) {
  const started = Date.now()
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A JSON API client that keeps the session cookie. */
function api(server: Server) {
  let cookie = ''
  return async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', origin: server.url, ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) cookie = setCookie.split(';')[0] as string
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
}

interface BoardOpen {
  firstCardMs: number
  transferBytes: number
  fontFiles: number
  serverLoadMs: number | null
  serverLoadCpuMs: number | null
}

async function openBoard(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  server: Server,
  courseId: string,
  token: string,
): Promise<BoardOpen> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' })
  const page = await context.newPage()
  const from = server.logs.length
  await page.goto(`${server.url}/board/${courseId}?token=${token}`)
  // These functions run in the page; this package is typed for Node, hence the casts.
  const firstCardMs = await page.waitForFunction(
    () => {
      const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } }
      return document.querySelector('.bd-card') ? performance.now() : 0
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  )
  const firstCard = Number(await firstCardMs.jsonValue())
  // Whatever the board fetches after its first card (fonts, icons, translations) counts too; tldraw
  // starts some of it only after the editor mounted, which can come after a first quiet moment.
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(3_000)
  const transfer = await page.evaluate(() => {
    const byType = (type: string) =>
      performance.getEntriesByType(type as 'resource') as unknown as { name: string; transferSize: number }[]
    const entries = [...byType('navigation'), ...byType('resource')]
    return {
      bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
      fonts: entries.filter((e) => e.name.endsWith('.woff2')).length,
    }
  })
  await context.close()
  const load = server.load(courseId, from)
  return {
    firstCardMs: Math.round(firstCard),
    transferBytes: transfer.bytes,
    fontFiles: transfer.fonts,
    serverLoadMs: load.ms,
    serverLoadCpuMs: load.cpuMs,
  }
}

interface Courses {
  demo: { courseId: string; viewer: string }
  yearA: { courseId: string; viewer: string }
  yearB: { courseId: string; viewer: string }
  stateBytes: number
}

/** The demo course and two copies of the year-long course, stored once for every repetition. */
async function seed(server: Server): Promise<Courses> {
  const [email, password] = readFileSync(path.join(server.dataDir, 'demo-login.txt'), 'utf8')
    .trim()
    .split('\n')
  const call = api(server)
  await call('POST', '/api/auth/login', { email, password })
  const { courses } = await call<{ courses: { courseId: string }[] }>('GET', '/api/courses')
  const demo = courses[0]?.courseId as string
  const link = async (courseId: string, kind: 'participant' | 'viewer') =>
    (
      await call<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
        kind,
        label: `bench ${kind}`,
        ...(kind === 'participant'
          ? { editFrom: Date.now() - 60_000, editUntil: Date.now() + 3_600_000 }
          : {}),
      })
    ).token
  const year: { courseId: string; viewer: string }[] = []
  let stateBytes = 0
  for (const title of ['Årsforløb A', 'Årsforløb B']) {
    const created = await call<{ course: { id: string } }>('POST', '/api/courses', {
      title,
      citizenName: 'Jens Madsen',
    })
    const courseId = created.course.id
    const editor = await link(courseId, 'participant')
    const url = `ws://127.0.0.1:${server.port}/sync/${courseId}?token=${encodeURIComponent(editor)}`
    stateBytes = Y.encodeStateAsUpdate((await seedYearCourse(url, courseId)).doc).length
    year.push({ courseId, viewer: await link(courseId, 'viewer') })
  }
  const [yearA, yearB] = year as [(typeof year)[0], (typeof year)[0]]
  return { demo: { courseId: demo, viewer: await link(demo, 'viewer') }, yearA, yearB, stateBytes }
}

/** One repetition: a process that has served nothing yet, and browsers with empty caches. */
async function repetition(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  server: Server,
  courses: Courses,
) {
  await server.stop()
  await server.start()
  const yearFresh = await openBoard(browser, server, courses.yearA.courseId, courses.yearA.viewer)
  const demo = await openBoard(browser, server, courses.demo.courseId, courses.demo.viewer)
  const yearWarm = await openBoard(browser, server, courses.yearB.courseId, courses.yearB.viewer)
  return { yearFresh, demo, yearWarm }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((p, q) => p - q)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
  ],
})
const results: Awaited<ReturnType<typeof repetition>>[] = []
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-first-open-'))
const server = new Server(dataDir)
let stateBytes = 0
try {
  await server.start()
  const courses = await seed(server)
  stateBytes = courses.stateBytes
  for (let rep = 0; rep < reps; rep++) {
    results.push(await repetition(browser, server, courses))
    process.stderr.write(`rep ${rep + 1}/${reps}: ${JSON.stringify(results.at(-1))}\n`)
  }
} finally {
  await browser.close()
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}

const rows: [string, (r: (typeof results)[0]) => number | null][] = [
  ['first card, demo (ms)', (r) => r.demo.firstCardMs],
  ['first card, year course, fresh server (ms)', (r) => r.yearFresh.firstCardMs],
  ['first card, year course, warm server (ms)', (r) => r.yearWarm.firstCardMs],
  ['server load, year course, fresh process (ms)', (r) => r.yearFresh.serverLoadMs],
  ['server load, year course, warm process (ms)', (r) => r.yearWarm.serverLoadMs],
  ['server load CPU, year course, fresh process (ms)', (r) => r.yearFresh.serverLoadCpuMs],
  ['server load CPU, year course, warm process (ms)', (r) => r.yearWarm.serverLoadCpuMs],
  ['server load, demo (ms)', (r) => r.demo.serverLoadMs],
  ['board transfer, demo (KB)', (r) => Math.round(r.demo.transferBytes / 1000)],
  ['board transfer, year course (KB)', (r) => Math.round(r.yearFresh.transferBytes / 1000)],
  ['font files fetched, demo', (r) => r.demo.fontFiles],
]
const lines = [
  `first open, ${label} (${root}), ${reps} repetitions, year course state ${stateBytes} bytes`,
  '| metric | each repetition | median | worst |',
  '| --- | --- | ---: | ---: |',
  ...rows.map(([name, of]) => {
    const xs = results.map(of).filter((x): x is number => x !== null)
    return `| ${name} | ${results.map((r) => of(r) ?? '–').join(' · ')} | ${xs.length ? Math.round(median(xs) * 10) / 10 : '–'} | ${xs.length ? Math.max(...xs) : '–'} |`
  }),
]
console.log(lines.join('\n'))
const outDir = path.join(import.meta.dirname, 'results')
mkdirSync(outDir, { recursive: true })
writeFileSync(
  path.join(outDir, `first-open-${label}.json`),
  `${JSON.stringify({ root, reps, stateBytes, results }, null, 2)}\n`,
)
