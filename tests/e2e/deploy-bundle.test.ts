import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import type { LogLine } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'

const run = promisify(execFile)
const repoRoot = path.resolve(import.meta.dirname, '../..')

// The start-up path of the container image and the systemd unit, without a container: the bundle that
// scripts/bundle.sh makes is unpacked into an empty folder far from the workspace and started there.
let work: string
let child: ChildProcess
const logs: LogLine[] = []
let base = ''

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'bordenden-bundle-'))
  const archive = path.join(work, 'bordenden.tar.gz')
  await run('bash', [path.join(repoRoot, 'scripts/bundle.sh'), archive], { cwd: repoRoot })
  const opt = path.join(work, 'opt')
  mkdirSync(opt)
  await run('tar', ['-xzf', archive, '-C', opt])
  const app = path.join(opt, 'bordenden')
  expect(existsSync(path.join(app, 'server/src/main.ts'))).toBe(true)
  child = spawn(process.execPath, ['server/src/main.ts'], {
    cwd: app,
    // Only what a service manager would pass: no workspace paths, no inherited configuration.
    env: {
      PATH: '/usr/bin:/bin',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.join(work, 'data'),
      BORDENDEN_DEMO: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as LogLine)
    } catch {
      logs.push({ level: 'raw', msg: line })
    }
  })
  await waitFor('the bundle to listen', () => logs.some((l) => l.msg === 'listening'), 30_000)
  base = `http://127.0.0.1:${logs.find((l) => l.msg === 'listening')?.port}`
}, 120_000)

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})

describe('the self-contained bundle', () => {
  it('is ready, serves the board page and its assets, and stops cleanly on SIGTERM', async () => {
    const ready = await fetch(`${base}/readyz`)
    expect(ready.status).toBe(200)
    const { version } = (await ready.json()) as { version: string }
    expect(version).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'server/package.json'), 'utf8')).version)

    const [email = '', password = ''] = readFileSync(path.join(work, 'data/demo-login.txt'), 'utf8')
      .trim()
      .split('\n')
    const api = new ApiClient(base)
    await api.login(email, password)
    const { body } = await api.request<{ courses: { courseId: string }[] }>('GET', '/api/courses')
    const courseId = body.courses[0]?.courseId
    expect(courseId).toBeTruthy()

    const page = await fetch(`${base}/board/${courseId}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1]
    expect(script).toBeTruthy()
    const asset = await fetch(new URL(script!, base))
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toContain('javascript')

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(logs.at(-1)?.msg).toBe('stopped')
  })
})
