import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, stopChild } from './process.ts'

/** A real `redis-server` of its own on a free loopback port, without persistence (pub/sub only). */
export class RedisServer {
  readonly dir: string
  readonly port: number
  private child: ChildProcess | undefined

  private constructor(dir: string, port: number) {
    this.dir = dir
    this.port = port
  }

  static async start(): Promise<RedisServer> {
    if (!existsSync('/usr/bin/redis-server')) {
      throw new Error(
        'redis-server is not installed: ./scripts/test.sh installs it, or apt-get install -y redis-server',
      )
    }
    const server = new RedisServer(mkdtempSync(path.join(tmpdir(), 'bordenden-redis-')), await freePort())
    await server.spawn()
    return server
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  async spawn(): Promise<void> {
    const child = spawn(
      '/usr/bin/redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        this.dir,
      ],
      { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    this.child = child
    const output: string[] = []
    await new Promise<void>((resolve, reject) => {
      const exited = (code: number | null) =>
        reject(new Error(`redis-server exited with ${code}:\n${output.join('')}`))
      child.once('exit', exited)
      child.stdout?.on('data', (chunk) => {
        output.push(String(chunk))
        if (output.join('').includes('Ready to accept connections')) {
          child.off('exit', exited)
          resolve()
        }
      })
    })
  }

  /** Kills the server (SIGKILL: no goodbye to its clients), as a crash or a restart would. */
  async kill(): Promise<void> {
    await stopChild(this.child, 'SIGKILL')
  }

  async stop(): Promise<void> {
    await this.kill()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
