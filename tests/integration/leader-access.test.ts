import type { LeaderOverview } from '@bordenden/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/src/app.ts'
import { RefusalTally } from '../../server/src/audit/refusal-tally.ts'
import { LiveConnections } from '../../server/src/auth/live-connections.ts'
import { SignInLimits } from '../../server/src/auth/sign-in-limits.ts'
import { loadConfig } from '../../server/src/config.ts'
import { createLogger } from '../../server/src/log.ts'
import { createMailer } from '../../server/src/mail/mailer.ts'
import { createMetrics } from '../../server/src/ops/metrics.ts'
import { readinessProbe } from '../../server/src/ops/readiness.ts'
import { SqliteStorage } from '../../server/src/storage/sqlite.ts'
import { RoomRegistry } from '../../server/src/sync/rooms.ts'
import { ApiClient } from '../support/api.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { ServerProcess } from '../support/server.ts'

let server: ServerProcess
let leader: ApiClient
let courseId: string
const courseTitle = 'Forløb med Hemmelig Hansen'

/** Every route the app has, read from the app itself, so a route added later is walked too. */
function appRoutes(): { method: string; path: string }[] {
  const storage = new SqliteStorage({ dataDir: ':memory:' })
  const log = createLogger('error', () => {})
  const rooms = new RoomRegistry({ storage, log, compactEvery: 500, idleGraceMs: 0 })
  const config = loadConfig({})
  const app = createApp({
    config,
    log,
    mailer: createMailer({ config, storage, log }),
    storage,
    rooms,
    live: new LiveConnections(),
    refusals: new RefusalTally(storage.audit),
    limits: new SignInLimits(null),
    operations: { readiness: readinessProbe(storage, null), metrics: createMetrics(rooms, storage) },
  })
  const routes = app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
  void storage.close()
  return [
    ...new Map(routes.map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }])).values(),
  ]
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  const { api } = await server.demo()
  const created = await api.request<{ course: { id: string } }>('POST', '/api/courses', {
    title: courseTitle,
    citizenName: 'Hemmelig Hansen',
  })
  courseId = created.body.course.id
  const { email, password } = await server.createUser('leder@example.dk', 'Lise Leder', 'leder')
  leader = new ApiClient(server.url)
  await leader.login(email, password)
})
afterAll(() => server.stop())

describe('a leader', () => {
  it('is refused on every API route a coordinator has, and sees no course in the answer', async () => {
    const routes = appRoutes().filter(
      (r) =>
        r.path.startsWith('/api/') && !r.path.startsWith('/api/auth/') && !r.path.startsWith('/api/leader/'),
    )
    expect(routes.length).toBeGreaterThan(40)
    const other = '0'.repeat(21)
    const anonymous = new ApiClient(server.url)
    for (const { method, path } of routes) {
      const url = path.replace(':courseId', courseId).replace(/:\w+(\{[^}]*\})?/g, other)
      // What anyone may read without signing in (the tldraw licence key) is no coordinator's route.
      if ((await anonymous.request(method, url)).status < 300) continue
      const answer = await leader.request(method, url, method === 'GET' ? undefined : {})
      expect({ route: `${method} ${path}`, status: answer.status }).toEqual({
        route: `${method} ${path}`,
        status: 403,
      })
      expect(JSON.stringify(answer.body)).not.toContain('Hemmelig')
    }
  })

  it('cannot open a course socket, shared or private', async () => {
    const routes = appRoutes().filter((r) => r.method === 'GET' && r.path.startsWith('/sync/'))
    expect(routes.length).toBeGreaterThan(0)
    for (const { path } of routes) {
      const url = `${server.url.replace('http', 'ws')}${path.replace(':courseId', courseId)}`
      await expect(openRawSocket(url, { cookie: leader.cookie ?? '' })).rejects.toThrow(
        /upgrade refused: 40[13]/,
      )
    }
  })

  it('reads the overview and its CSV, with counts but no names, and nobody else may', async () => {
    const { status, body } = await leader.request<LeaderOverview>('GET', '/api/leader/overview')
    expect(status).toBe(200)
    // Two courses: fewer than five, so nothing is shown.
    expect(body.minCourses).toBe(5)
    expect(body.municipality.courses).toBeNull()
    expect(JSON.stringify(body)).not.toMatch(/Hemmelig|Forløb med/)
    const csv = await fetch(`${server.url}/api/leader/overview.csv`, {
      headers: { cookie: leader.cookie ?? '' },
    })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer())
    expect(text.startsWith('\uFEFFAfsnit;Tal;Kommunen;')).toBe(true)
    expect(text).toContain('Forløb i alt;færre end 5')
    const { api: coordinator } = await server.demo()
    expect((await coordinator.request('GET', '/api/leader/overview')).status).toBe(403)
    expect((await new ApiClient(server.url).request('GET', '/api/leader/overview')).status).toBe(401)
  })
})
