import { type ChildProcess, execFileSync, execSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Dialect } from './wire.ts'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')
const benchRoot = path.resolve(import.meta.dirname, '..')

export type ServerId = 'bordenden' | 'hocuspocus' | 'hocuspocus-fsync' | 'yws-leveldb' | 'yws-memory'

/**
 * When an accepted update is safe from a crash, in the words the report uses. "fsync before broadcast":
 * on disk before anyone else sees it. "fsync after broadcast": on disk soon after others saw it (a crash
 * in between loses what they saw). "debounced": stored seconds later. "no fsync": handed to the OS (or a
 * library's queue) after broadcast, never flushed. "none": memory only.
 */
export type Durability =
  | 'fsync before broadcast'
  | 'fsync after broadcast'
  | 'debounced'
  | 'no fsync'
  | 'none'

export interface ServerSpec {
  id: ServerId
  label: string
  dialect: Dialect
  /** Keeps documents across a restart. */
  persistent: boolean
  durability: Durability
  /** How and when an update reaches disk, in a few words, for the results table. */
  durabilityDetail: string
  /** Why cold open does not run against this server, if it does not. */
  noColdOpen?: string
}

export const SERVERS: Record<ServerId, ServerSpec> = {
  bordenden: {
    id: 'bordenden',
    label: 'Bordenden (SQLite)',
    dialect: 'y-websocket',
    persistent: true,
    durability: 'fsync before broadcast',
    durabilityDetail: 'each update appended to SQLite (WAL, synchronous=FULL) and committed before broadcast',
  },
  hocuspocus: {
    id: 'hocuspocus',
    label: 'Hocuspocus 4.7 (SQLite ext.)',
    dialect: 'hocuspocus',
    persistent: true,
    durability: 'debounced',
    durabilityDetail: 'broadcast first; the whole state stored 2 s after the last change (at most 10 s)',
  },
  'hocuspocus-fsync': {
    id: 'hocuspocus-fsync',
    label: 'Hocuspocus 4.7 (SQLite ext., debounce 0)',
    dialect: 'hocuspocus',
    persistent: true,
    durability: 'fsync after broadcast',
    durabilityDetail:
      'broadcast first; the whole state stored on every change (debounce 0; better-sqlite3 defaults: rollback journal, synchronous=FULL)',
    // Seeding 20,000 edits would write the whole growing state with an fsync 20,000 times (minutes);
    // what it stores and how it opens are Hocuspocus' own, measured on the `hocuspocus` peer.
    noColdOpen:
      'stores and opens as `hocuspocus`; seeding 20,000 edits, each a whole-state write, takes minutes',
  },
  'yws-leveldb': {
    id: 'yws-leveldb',
    label: 'y-websocket 2.1 (LevelDB)',
    dialect: 'y-websocket',
    persistent: true,
    durability: 'no fsync',
    durabilityDetail: 'broadcast first; each update queued to LevelDB (y-leveldb 0.1), which never fsyncs',
  },
  'yws-memory': {
    id: 'yws-memory',
    label: 'y-websocket 2.1 (memory)',
    dialect: 'y-websocket',
    persistent: false,
    durability: 'none',
    durabilityDetail: 'memory only',
  },
}

export interface LogLine {
  level?: string
  msg: string
  [field: string]: unknown
}

const CLOCK_TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100
const HARD_NOFILE = (() => {
  try {
    return execSync('ulimit -Hn', { shell: '/bin/sh' }).toString().trim()
  } catch {
    return 'unlimited'
  }
})()

/**
 * Runs `node <args>` with the open-file limit raised to the hard limit (4,000 sockets need it), in
 * its own process so the benchmark can read its CPU time and memory from /proc.
 */
export function spawnNode(
  args: string[],
  env: Record<string, string>,
  cwd = repoRoot,
  ipc = false,
): ChildProcess {
  return spawn(
    '/bin/sh',
    ['-c', `ulimit -Sn ${HARD_NOFILE} 2>/dev/null; exec "$0" "$@"`, process.execPath, ...args],
    {
      cwd,
      env: { ...process.env, ...env },
      stdio: ipc ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    },
  )
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}

/** Resident and peak resident memory of a process, in bytes. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** A server under test, started the way its operator would start it. */
export class BenchServer {
  readonly spec: ServerSpec
  readonly dataDir: string
  readonly logs: LogLine[] = []
  port = 0
  private child: ChildProcess | undefined
  private stderr: string[] = []
  private readonly logLevel: string
  /** With a folder, the server runs under `--cpu-prof` and is stopped gracefully, so its profile is written. */
  private readonly profileDir: string | undefined

  private constructor(spec: ServerSpec, logLevel: string, profileDir?: string) {
    this.spec = spec
    this.logLevel = logLevel
    this.profileDir = profileDir
    this.dataDir = mkdtempSync(path.join(tmpdir(), `bench-${spec.id}-`))
  }

  /** `logLevel` applies to Bordenden: `warn` for load, `debug` where its load time is read from the log. */
  static async start(spec: ServerSpec, logLevel = 'warn', profileDir?: string): Promise<BenchServer> {
    const server = new BenchServer(spec, logLevel, profileDir)
    // A free port chosen up front: Bordenden at LOG_LEVEL=warn does not log the one it got.
    server.port = await freePort()
    await server.spawn()
    return server
  }

  get pid(): number {
    const pid = this.child?.pid
    if (pid === undefined) throw new Error('server not running')
    return pid
  }

  private command(): { args: string[]; env: Record<string, string>; cwd: string } {
    const port = String(this.port)
    switch (this.spec.id) {
      case 'bordenden':
        return {
          args: ['server/src/main.ts'],
          env: {
            PORT: port,
            HOST: '127.0.0.1',
            DATA_DIR: this.dataDir,
            LOG_LEVEL: this.logLevel,
            BORDENDEN_DEMO: '0',
            // Unload as the peers do, so that cold open's second open measures a load in a warm process
            // (with the default 30 s grace the room would still be loaded and cost nothing).
            ROOM_GRACE_MS: '0',
          },
          cwd: repoRoot,
        }
      case 'hocuspocus':
      case 'hocuspocus-fsync':
        return {
          args: ['servers/hocuspocus.ts'],
          env: {
            PORT: port,
            DATA_DIR: this.dataDir,
            ...(this.spec.id === 'hocuspocus-fsync' ? { STORE_DEBOUNCE_MS: '0' } : {}),
          },
          cwd: benchRoot,
        }
      case 'yws-leveldb':
        return {
          args: ['servers/y-websocket.ts'],
          env: { PORT: port, YPERSISTENCE: path.join(this.dataDir, 'leveldb') },
          cwd: benchRoot,
        }
      case 'yws-memory':
        return { args: ['servers/y-websocket.ts'], env: { PORT: port }, cwd: benchRoot }
    }
  }

  /** Starts the process (again, after `kill`) on the same port and data. */
  async spawn() {
    const { args, env, cwd } = this.command()
    const profile = this.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${this.profileDir}`] : []
    const child = spawnNode([...profile, ...args], env, cwd)
    this.child = child
    this.stderr = []
    child.stderr?.on('data', (chunk) => {
      if (this.stderr.length < 200) this.stderr.push(String(chunk))
    })
    const from = this.logs.length
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (text) => {
      try {
        this.logs.push(JSON.parse(text) as LogLine)
      } catch {
        this.logs.push({ level: 'raw', msg: text })
      }
    })
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`${this.spec.id} exited with ${code} before listening:\n${this.stderr.join('')}`))
      child.once('exit', onExit)
      const deadline = setTimeout(
        () => reject(new Error(`${this.spec.id} did not listen within 20 s`)),
        20_000,
      )
      let probing = false
      const poll = setInterval(async () => {
        let ready = this.logs.slice(from).some((l) => l.msg === 'listening')
        if (!ready && this.spec.id === 'bordenden' && !probing) {
          probing = true
          ready = await fetch(`http://127.0.0.1:${this.port}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
          probing = false
        }
        if (ready) {
          clearInterval(poll)
          clearTimeout(deadline)
          child.off('exit', onExit)
          resolve()
        }
      }, 20)
    })
  }

  get stderrText(): string {
    return this.stderr.join('')
  }

  /** SIGTERM, as an operator stops it (each server saves what it must); SIGKILL after 20 s. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    const code = await exited
    clearTimeout(timer)
    return code
  }

  /** Stops and starts again on the same port and data. */
  async restart() {
    await this.kill()
    await this.spawn()
  }

  /**
   * Ends the run: SIGKILL, since its data is thrown away (a graceful stop saves every open document,
   * which after an overload can take Hocuspocus longer than the 20 s grace period). When profiling,
   * SIGTERM: node writes a `--cpu-prof` profile only when the process exits by itself, which every server
   * here does on SIGTERM.
   */
  async stop() {
    await this.kill(this.profileDir ? 'SIGTERM' : 'SIGKILL')
    rmSync(this.dataDir, { recursive: true, force: true })
  }

  /** Runs the Bordenden admin CLI against this server's data directory. */
  cli(args: string[]): string {
    return execFileSync(process.execPath, ['server/src/cli.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: this.dataDir },
      encoding: 'utf8',
    })
  }
}
