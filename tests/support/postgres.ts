import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort, stopChild } from './process.ts'

/** Debian's newest installed server (`postgresql` is 15 on bookworm), outside PATH. */
function binDir(): string {
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').map(Number).filter(Number.isInteger)
    : []
  const newest = versions.sort((a, b) => b - a)[0]
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL is not installed: ./scripts/test.sh installs it, or apt-get install -y postgresql',
    )
  }
  return `/usr/lib/postgresql/${newest}/bin`
}

/**
 * A real PostgreSQL server of its own: `initdb` into a temporary folder, listening on a free loopback
 * port, trust authentication (loopback only). PostgreSQL refuses to run as root, so when the tests run as
 * root the server runs as the `postgres` user that Debian's package creates, in a folder it owns.
 */
export class PostgresServer {
  readonly dir: string
  readonly port: number
  readonly logs: string[] = []
  private child: ChildProcess | undefined
  private readonly user: { uid: number; gid: number } | undefined
  private databases = 0

  private constructor(dir: string, port: number, user: { uid: number; gid: number } | undefined) {
    this.dir = dir
    this.port = port
    this.user = user
  }

  static async start(): Promise<PostgresServer> {
    const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-pg-'))
    const user = process.getuid?.() === 0 ? postgresUser() : undefined
    if (user) chownSync(dir, user.uid, user.gid)
    const data = path.join(dir, 'data')
    execFileSync(
      `${binDir()}/initdb`,
      ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'],
      { ...user, stdio: 'pipe', cwd: dir },
    )
    const server = new PostgresServer(dir, await freePort(), user)
    await server.spawn()
    return server
  }

  /** The server's own maintenance database. */
  get adminUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`
  }

  /** A new, empty database, so each test starts clean without a new server. */
  async createDatabase(): Promise<string> {
    const name = `bordenden_${process.pid}_${++this.databases}`
    const client = new pg.Client({ connectionString: this.adminUrl })
    await client.connect()
    try {
      await client.query(`CREATE DATABASE ${name}`)
    } finally {
      await client.end()
    }
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`
  }

  async spawn(): Promise<void> {
    const child = spawn(
      `${binDir()}/postgres`,
      ['-D', path.join(this.dir, 'data'), '-p', String(this.port), '-h', '127.0.0.1', '-k', this.dir],
      { ...this.user, cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    this.child = child
    const collect = (chunk: Buffer) => this.logs.push(...String(chunk).trimEnd().split('\n'))
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    await new Promise<void>((resolve, reject) => {
      const exited = (code: number | null) =>
        reject(new Error(`postgres exited with ${code}:\n${this.logs.slice(-20).join('\n')}`))
      child.once('exit', exited)
      const poll = setInterval(() => {
        if (!this.logs.some((l) => l.includes('ready to accept connections'))) return
        clearInterval(poll)
        child.off('exit', exited)
        this.logs.length = 0
        resolve()
      }, 20)
    })
  }

  /**
   * Stops the server: SIGINT is PostgreSQL's fast shutdown, SIGQUIT its immediate one (as a crash:
   * the next start replays the WAL). Either way nothing committed is lost.
   */
  async kill(signal: 'SIGINT' | 'SIGQUIT' = 'SIGINT'): Promise<void> {
    await stopChild(this.child, signal)
  }

  async stop(): Promise<void> {
    await this.kill()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}
