import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { Command, Report } from './messages.ts'
import { spawnNode } from './servers.ts'

const benchRoot = path.resolve(import.meta.dirname, '..')

/** One load-generator process, spoken to over IPC. */
export class LoadGen {
  readonly child: ChildProcess
  private readonly inbox: Report[] = []
  private waiting: { ev: string; resolve: (r: Report) => void; reject: (e: Error) => void }[] = []
  private exited = false

  constructor() {
    // BENCH_LOADGEN_NODE_OPTIONS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") goes to load generators only.
    const extra = (process.env.BENCH_LOADGEN_NODE_OPTIONS ?? '').split(' ').filter(Boolean)
    this.child = spawnNode([...extra, 'loadgen.ts'], {}, benchRoot, true)
    this.child.on('message', (report: Report) => {
      if (report.ev === 'error') {
        for (const w of this.waiting.splice(0)) w.reject(new Error(`load generator: ${report.message}`))
        return
      }
      const i = this.waiting.findIndex((w) => w.ev === report.ev)
      if (i >= 0) this.waiting.splice(i, 1)[0]?.resolve(report)
      else this.inbox.push(report)
    })
    this.child.on('exit', () => {
      this.exited = true
      for (const w of this.waiting.splice(0)) w.reject(new Error('load generator exited'))
    })
  }

  send(command: Command) {
    this.child.send(command)
  }

  /** The next report of kind `ev`, or an error after `timeoutMs`. */
  next<E extends Report['ev']>(ev: E, timeoutMs: number): Promise<Extract<Report, { ev: E }>> {
    const i = this.inbox.findIndex((r) => r.ev === ev)
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0] as Extract<Report, { ev: E }>)
    if (this.exited) return Promise.reject(new Error('load generator exited'))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== entry)
        reject(new Error(`no "${ev}" from the load generator within ${timeoutMs} ms`))
      }, timeoutMs)
      const entry = {
        ev,
        resolve: (r: Report) => {
          clearTimeout(timer)
          resolve(r as Extract<Report, { ev: E }>)
        },
        reject: (e: Error) => {
          clearTimeout(timer)
          reject(e)
        },
      }
      this.waiting.push(entry)
    })
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  async exit() {
    if (this.exited) return
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    try {
      this.send({ cmd: 'exit' })
    } catch {
      this.child.kill('SIGKILL')
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000)
    await gone
    clearTimeout(timer)
  }
}
