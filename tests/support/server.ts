import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { ApiClient } from './api.ts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const execFileAsync = promisify(execFile)

export interface ServerProcessOptions {
  /** Reuse a data directory (to test restarts); a fresh temporary one by default. */
  dataDir?: string
  /** Fixed port; by default the OS picks a free one (PORT=0). A restart keeps the port it got. */
  port?: number
  /** Added to the environment; `undefined` leaves a variable unset (e.g. BORDENDEN_DEMO, to see its default). */
  env?: Record<string, string | undefined>
}

export interface LogLine {
  level: string
  msg: string
  [field: string]: unknown
}

/** Everything a sync client needs to open one course: where, which, and a link token that may edit. */
export interface CourseAccess {
  wsBase: string
  courseId: string
  token: string
}

/** A real server process (`node server/src/main.ts`), as an operator would run it. */
export class ServerProcess {
  readonly dataDir: string
  readonly logs: LogLine[] = []
  port = 0
  private child: ChildProcess | undefined
  private coordinatorClient: Promise<ApiClient> | undefined
  private readonly courses = new Map<string, Promise<CourseAccess>>()
  private readonly ownsDataDir: boolean
  private readonly options: ServerProcessOptions

  private constructor(options: ServerProcessOptions) {
    this.options = options
    this.ownsDataDir = !options.dataDir
    this.dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'bordenden-test-'))
    this.port = options.port ?? 0
  }

  static async start(options: ServerProcessOptions = {}): Promise<ServerProcess> {
    const server = new ServerProcess(options)
    await server.spawn()
    return server
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  /**
   * Resolves with the first log line that matches, including lines already seen (from index `since` on:
   * pass `logs.length` taken before an action to wait for what that action logs). The timeout is for a
   * broken server, not a deadline: a busy machine may take seconds.
   */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs = 30_000, since = 0): Promise<LogLine> {
    const find = () => this.logs.slice(since).find(predicate)
    const seen = find()
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        clearInterval(poll)
        reject(new Error(`no matching log line within ${timeoutMs} ms`))
      }, timeoutMs)
      const poll = setInterval(() => {
        const line = find()
        if (line) {
          clearTimeout(timer)
          clearInterval(poll)
          resolve(line)
        }
      }, 20)
    })
  }

  /** Ends the process with a signal and waits for it to exit. SIGKILL simulates a crash. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill(signal)
    return exited
  }

  /** Creates a user with the admin CLI, as an operator would; returns the generated password. */
  async createUser(
    email: string,
    name: string,
    role: 'coordinator' | 'admin' | 'leder' = 'coordinator',
  ): Promise<{ email: string; password: string }> {
    const out = await this.cli('create-user', '--email', email, '--name', name, '--role', role)
    const password = /password: (\S+)/.exec(out)?.[1]
    if (!password) throw new Error(`create-user printed no password: ${out}`)
    return { email, password }
  }

  /**
   * Runs the admin command (`pnpm bordenden …`) on this server's database; returns what it printed.
   * Asynchronous, so the test process keeps serving its own sockets meanwhile.
   */
  async cli(...args: string[]): Promise<string> {
    const { stdout } = await execFileAsync(process.execPath, ['server/src/cli.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: this.dataDir, ...this.options.env },
      encoding: 'utf8',
    })
    return stdout
  }

  /** A signed-in coordinator (one per server), for setting up courses and links through the API. */
  coordinator(): Promise<ApiClient> {
    this.coordinatorClient ??= (async () => {
      const { email, password } = await this.createUser('test-koordinator@example.dk', 'Test Koordinator')
      const client = new ApiClient(this.url)
      await client.login(email, password)
      return client
    })()
    return this.coordinatorClient
  }

  /** A course created under `name` (once per server) and an editing link to it. */
  course(name: string): Promise<CourseAccess> {
    let access = this.courses.get(name)
    if (!access) {
      access = (async () => {
        const api = await this.coordinator()
        const created = await api.request<{ course: { id: string } }>('POST', '/api/courses', {
          title: name,
          citizenName: 'Test Borger',
        })
        const courseId = created.body.course.id
        const now = Date.now()
        const link = await api.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
          kind: 'participant',
          label: 'test editor',
          editFrom: now - 60_000,
          editUntil: now + 24 * 3600_000,
        })
        return { wsBase: this.wsUrl, courseId, token: link.body.token }
      })()
      this.courses.set(name, access)
    }
    return access
  }

  /** The demo coordinator's login, as `start.sh` leaves it in the data folder. */
  demoLogin(): { email: string; password: string } {
    const [email = '', password = ''] = readFileSync(path.join(this.dataDir, 'demo-login.txt'), 'utf8')
      .trim()
      .split('\n')
    return { email, password }
  }

  /** The demo course and its coordinator, for a server started with `BORDENDEN_DEMO: '1'`. */
  async demo(): Promise<{ api: ApiClient; courseId: string }> {
    const { email, password } = this.demoLogin()
    const api = new ApiClient(this.url)
    await api.login(email, password)
    const { body } = await api.request<{ courses: { courseId: string }[] }>('GET', '/api/courses')
    const courseId = body.courses[0]?.courseId
    if (!courseId) throw new Error('the demo coordinator has no course')
    return { api, courseId }
  }

  /** Starts the process again on the same port and data directory. */
  async restart(): Promise<void> {
    await this.kill('SIGTERM')
    await this.spawn()
  }

  async spawn(): Promise<void> {
    const child = spawn(process.execPath, ['server/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'debug',
        BORDENDEN_DEMO: '0',
        ...this.options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    const stderr: string[] = []
    child.stderr?.on('data', (chunk) => stderr.push(String(chunk)))
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        this.logs.push(JSON.parse(text) as LogLine)
      } catch {
        this.logs.push({ level: 'raw', msg: text })
      }
    })
    const startedAt = this.logs.length
    const listening = await new Promise<LogLine>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`server exited with ${code} before listening:\n${stderr.join('')}`))
      child.once('exit', onExit)
      const poll = setInterval(() => {
        const line = this.logs.slice(startedAt).find((l) => l.msg === 'listening')
        if (line) {
          clearInterval(poll)
          child.off('exit', onExit)
          resolve(line)
        }
      }, 10)
    })
    this.port = Number(listening.port)
  }

  /** Stops the process and removes the temporary data directory it created. */
  async stop(): Promise<void> {
    await this.kill('SIGTERM')
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true })
  }
}
