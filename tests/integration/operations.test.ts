import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { PostgresServer } from '../support/postgres.ts'
import { RedisServer } from '../support/redis.ts'
import { type LogLine, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const version = (
  JSON.parse(readFileSync(path.join(repoRoot, 'server/package.json'), 'utf8')) as { version: string }
).version

interface ReadyAnswer {
  ready: boolean
  version: string
  checks: {
    storage: { ok: boolean; error?: string; schema?: number }
    redis?: { ok: boolean; error?: string }
  }
}

const readyz = async (server: ServerProcess) => {
  const response = await fetch(`${server.url}/readyz`)
  return { status: response.status, body: (await response.json()) as ReadyAnswer }
}

const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function started(options: Parameters<typeof ServerProcess.start>[0] = {}) {
  const server = await ServerProcess.start(options)
  cleanup.push(() => server.stop())
  return server
}

/** One sample of a metric in Prometheus' text format (labels as written, e.g. `role="editor"`). */
function sample(text: string, name: string, labels = ''): number {
  const key = labels ? `${name}{${labels}}` : name
  const line = text.split('\n').find((l) => l.startsWith(`${key} `))
  if (line === undefined) throw new Error(`no sample ${key} in:\n${text}`)
  return Number(line.slice(key.length + 1))
}

const metrics = async (server: ServerProcess, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}/metrics`, { headers })
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') }
}

describe('health and readiness', () => {
  it('answers /healthz as before, and /readyz with the version and the migrated schema', async () => {
    const server = await started()
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })

    const { status, body } = await readyz(server)
    expect(status).toBe(200)
    expect(body.ready).toBe(true)
    expect(body.version).toBe(version)
    expect(body.checks.storage).toMatchObject({ ok: true, schema: expect.any(Number) })
    expect(body.checks.redis).toBeUndefined()
    // The start-up line names the version too.
    expect((await server.waitForLog((l) => l.msg === 'listening')).version).toBe(version)
  })

  it('answers /readyz 503 naming Redis while Redis is away, and 200 again once it is back', async () => {
    const redis = await RedisServer.start()
    cleanup.push(() => redis.stop())
    const server = await started({ env: { REDIS_URL: redis.url } })
    await waitFor('ready with Redis', async () => (await readyz(server)).status === 200)
    expect((await readyz(server)).body.checks.redis).toEqual({ ok: true })

    await redis.kill()
    await waitFor('503 without Redis', async () => (await readyz(server)).status === 503)
    const down = await readyz(server)
    expect(down.status).toBe(503)
    expect(down.body.ready).toBe(false)
    expect(down.body.checks.redis?.ok).toBe(false)
    expect(down.body.checks.storage.ok).toBe(true)
    // Liveness does not depend on Redis: a service manager must not restart the process for it.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    await redis.spawn()
    await waitFor('ready again', async () => (await readyz(server)).status === 200, 10_000)
  })

  it('answers /readyz 503 naming storage while PostgreSQL is down', async () => {
    const postgres = await PostgresServer.start()
    cleanup.push(() => postgres.stop())
    const server = await started({ env: { DATABASE_URL: await postgres.createDatabase() } })
    expect((await readyz(server)).body.checks.storage).toMatchObject({ ok: true })
    // A write (a new course) is committed, and the commit timed, on PostgreSQL too.
    await server.course('skrives')
    expect(
      sample((await metrics(server)).text, 'bordenden_storage_commit_seconds_count'),
    ).toBeGreaterThanOrEqual(1)

    await postgres.kill()
    const { status, body } = await readyz(server)
    expect(status).toBe(503)
    expect(body.ready).toBe(false)
    expect(body.checks.storage.ok).toBe(false)
    expect(body.checks.storage.error).toEqual(expect.any(String))
  })
})

describe('metrics', () => {
  const open: YjsClient[] = []
  afterEach(() => {
    for (const client of open.splice(0)) client.destroy()
  })

  it('counts rooms, sockets per role, updates, bytes, refusals and write latency', async () => {
    // ROOM_GRACE_MS=0: the room unloads (and is compacted) as soon as its last socket leaves.
    const server = await started({ env: { ROOM_GRACE_MS: '0' } })
    const before = await metrics(server)
    expect(before.status).toBe(200)
    expect(before.type).toContain('text/plain')
    expect(sample(before.text, 'bordenden_rooms_open')).toBe(0)
    // Node's own: event-loop lag and memory.
    expect(sample(before.text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0)
    expect(sample(before.text, 'process_resident_memory_bytes')).toBeGreaterThan(0)

    const course = await server.course('metrics')
    const client = connectYjsClient(course)
    open.push(client)
    await client.synced()
    for (let n = 0; n < 5; n++) client.doc.getMap('meta').set(`key-${n}`, n)
    // Refused upgrades: no credentials at all, and a session cookie sent from another site.
    const refusedUpgrade = (options: ConstructorParameters<typeof WebSocket>[2] = {}) =>
      new Promise<void>((resolve) => {
        const refused = new WebSocket(`${course.wsBase}/${course.courseId}`, options)
        refused.on('error', () => resolve())
      })
    await refusedUpgrade()
    const coordinator = await server.coordinator()
    await refusedUpgrade({
      origin: 'https://elsewhere.example',
      headers: { cookie: coordinator.cookie ?? '' },
    })

    const during = await waitFor('five updates counted', async () => {
      const { text } = await metrics(server)
      return sample(text, 'bordenden_sync_updates_received_total') >= 5 ? text : ''
    })
    expect(sample(during, 'bordenden_rooms_open')).toBe(1)
    expect(sample(during, 'bordenden_sockets_open', 'role="editor"')).toBe(1)
    expect(sample(during, 'bordenden_sockets_open', 'role="viewer"')).toBe(0)
    expect(sample(during, 'bordenden_sync_bytes_received_total')).toBeGreaterThan(0)
    expect(sample(during, 'bordenden_sync_bytes_sent_total')).toBeGreaterThan(0)
    expect(sample(during, 'bordenden_sync_messages_sent_total')).toBeGreaterThan(0)
    expect(sample(during, 'bordenden_sync_refused_total', 'reason="not signed in"')).toBe(1)
    expect(sample(during, 'bordenden_sync_refused_total', 'reason="cross-site"')).toBe(1)
    expect(sample(during, 'bordenden_storage_append_seconds_count')).toBeGreaterThanOrEqual(1)
    // Each commit (its fsync) on its own, here from SQLite's writer thread.
    expect(sample(during, 'bordenden_storage_commit_seconds_count')).toBeGreaterThanOrEqual(1)

    client.destroy()
    open.length = 0
    // The room is dropped first and compacted after: wait for both.
    const after = await waitFor('the room unloaded and compacted', async () => {
      const { text } = await metrics(server)
      const unloaded = sample(text, 'bordenden_rooms_open') === 0
      return unloaded && sample(text, 'bordenden_storage_compact_seconds_count') >= 1 ? text : ''
    })
    expect(sample(after, 'bordenden_sockets_open', 'role="editor"')).toBe(0)
  })

  it('without METRICS_TOKEN answers only loopback requests that came through no proxy', async () => {
    const server = await started()
    expect((await metrics(server)).status).toBe(200)
    expect((await metrics(server, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403)
    expect((await metrics(server, { forwarded: 'for=203.0.113.9' })).status).toBe(403)
  })

  it('with METRICS_TOKEN wants it as a bearer token', async () => {
    const token = 'a-long-scraper-token-0123456789'
    const server = await started({ env: { METRICS_TOKEN: token } })
    expect((await metrics(server)).status).toBe(403)
    expect((await metrics(server, { authorization: 'Bearer not-the-token-0123456789ab' })).status).toBe(403)
    const allowed = await metrics(server, {
      authorization: `Bearer ${token}`,
      'x-forwarded-for': '203.0.113.9',
    })
    expect(allowed.status).toBe(200)
    expect(allowed.text).toContain('bordenden_rooms_open')
  })
})

describe('stopping', () => {
  it('scripts/serve.sh (what start.sh ends in) passes SIGTERM on and exits 0 after a clean shutdown', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-serve-'))
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const child: ChildProcess = spawn('bash', ['scripts/serve.sh'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, BORDENDEN_DEMO: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    cleanup.push(() => child.exitCode === null && child.kill('SIGKILL'))
    const logs: LogLine[] = []
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        logs.push(JSON.parse(line) as LogLine)
      } catch {
        logs.push({ level: 'raw', msg: line })
      }
    })
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    await waitFor('listening', () => logs.some((l) => l.msg === 'listening'), 20_000)

    child.kill('SIGTERM') // to the script's own process id, as a service manager does
    expect(await exited).toEqual({ code: 0, signal: null })
    const messages = logs.map((l) => l.msg)
    expect(messages).toContain('shutting down')
    expect(messages.at(-1)).toBe('stopped')
  })
})
