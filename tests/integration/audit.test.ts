import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { ServerProcess } from '../support/server.ts'

// What the audit log says about opening a course and being refused one, for REST reads and sockets.

interface Entry {
  actor: string
  action: string
  courseId: string | null
  ip: string | null
  detail: Record<string, unknown>
}

let server: ServerProcess
let coordinator: ApiClient
let courseId: string
const citizenName = 'Ingrid Indholdsen'

beforeAll(async () => {
  server = await ServerProcess.start()
  coordinator = await server.coordinator()
  const created = await coordinator.request<{ course: { id: string } }>('POST', '/api/courses', {
    title: 'Revision',
    citizenName,
  })
  courseId = created.body.course.id
})
afterAll(() => server.stop())

async function courseLog(): Promise<Entry[]> {
  const { body } = await coordinator.request<{ entries: Entry[] }>('GET', `/api/courses/${courseId}/audit`)
  return body.entries
}

/** How the log names a session: the first 16 hex of the SHA-256 of its token. */
function sessionOf(client: ApiClient): string {
  const token = client.cookie?.split('=')[1] ?? ''
  return `session:${encodeHexLowerCase(sha256(new TextEncoder().encode(token))).slice(0, 16)}`
}

async function userIdOf(client: ApiClient): Promise<string> {
  return (await client.request<{ user: { id: string } }>('GET', '/api/auth/me')).body.user.id
}

async function link(kind: 'citizen' | 'viewer'): Promise<string> {
  const { body } = await coordinator.request<{ token: string }>('POST', `/api/courses/${courseId}/links`, {
    kind,
    label: kind,
  })
  return body.token
}

async function signedInStranger(): Promise<ApiClient> {
  const { email, password } = await server.createUser('fremmed@example.dk', 'Fremmed Koordinator')
  const client = new ApiClient(server.url)
  await client.login(email, password)
  return client
}

describe('the audit log of a course', () => {
  it('says once per session or link, for a while, that the course was read through the API', async () => {
    const citizen = await link('citizen')
    const reads = [
      `/api/lifecycle/${courseId}`,
      `/api/records/${courseId}`,
      `/api/courses/${courseId}/meetings`,
      `/api/lifecycle/${courseId}`,
    ]
    for (const read of reads) expect((await coordinator.request('GET', read)).status, read).toBe(200)
    const anonymous = new ApiClient(server.url)
    for (const read of [
      `/api/lifecycle/${courseId}?token=${citizen}`,
      `/api/records/${courseId}?token=${citizen}`,
    ])
      expect((await anonymous.request('GET', read)).status, read).toBe(200)

    const opened = (await courseLog()).filter(
      (e) => e.action === 'course.opened' && e.detail.channel === 'api',
    )
    expect(opened).toHaveLength(2)
    expect(opened).toContainEqual(
      expect.objectContaining({
        actor: `user:${await userIdOf(coordinator)}`,
        ip: '127.0.0.1',
        detail: expect.objectContaining({
          via: 'session',
          credential: sessionOf(coordinator),
          role: 'coordinator',
        }),
      }),
    )
    expect(opened).toContainEqual(
      expect.objectContaining({
        actor: expect.stringMatching(/^link:[0-9a-f]{12}$/),
        detail: expect.objectContaining({ via: 'link', role: 'citizen', canEdit: false }),
      }),
    )
  })

  it('counts reading the follow-up list and the overview as opening each course in them', async () => {
    const { email, password } = await server.createUser('medkoordinator@example.dk', 'Med Koordinator')
    expect((await coordinator.request('POST', `/api/courses/${courseId}/members`, { email })).status).toBe(
      201,
    )
    for (const read of ['/api/follow-ups', '/api/overview']) {
      const colleague = new ApiClient(server.url)
      await colleague.login(email, password)
      expect((await colleague.request('GET', read)).status, read).toBe(200)
      const opened = (await courseLog()).filter(
        (e) => e.action === 'course.opened' && e.detail.credential === sessionOf(colleague),
      )
      expect(opened, read).toHaveLength(1)
    }
  })

  it('writes every board socket opened with a session, naming the session', async () => {
    const before = (await courseLog()).filter((e) => e.detail.channel === 'socket').length
    for (let i = 0; i < 2; i++) {
      const socket = await openRawSocket(`${server.wsUrl}/${courseId}`, { cookie: coordinator.cookie! })
      socket.socket.close()
    }
    const sockets = (await courseLog()).filter(
      (e) => e.action === 'course.opened' && e.detail.channel === 'socket',
    )
    expect(sockets.length - before).toBe(2)
    expect(sockets[0]?.detail).toMatchObject({ via: 'session', credential: sessionOf(coordinator) })
  })

  it('writes every refusal, through the API and on sockets, with who it was and why', async () => {
    const stranger = await signedInStranger()
    const strangerId = await userIdOf(stranger)
    const viewer = await link('viewer')
    const anonymous = new ApiClient(server.url)
    for (let i = 0; i < 2; i++) {
      expect((await anonymous.request('GET', `/api/lifecycle/${courseId}`)).status).toBe(401)
      expect((await stranger.request('GET', `/api/lifecycle/${courseId}`)).status).toBe(403)
    }
    expect((await stranger.request('GET', `/api/courses/${courseId}/meetings`)).status).toBe(403)
    expect((await anonymous.request('GET', `/api/records/${courseId}?token=${viewer}`)).status).toBe(403)
    await expect(openRawSocket(`${server.wsUrl}/${courseId}`, { cookie: stranger.cookie! })).rejects.toThrow(
      '403',
    )
    const crossSite = { cookie: coordinator.cookie!, origin: 'https://evil.example' }
    await expect(openRawSocket(`${server.wsUrl}/${courseId}`, crossSite)).rejects.toThrow('403')

    const refused = (await courseLog()).filter((e) => e.action === 'course.refused')
    const count = (match: (e: Entry) => boolean) => refused.filter(match).length
    const api = (e: Entry) => e.detail.channel === 'api'
    const strangers = (e: Entry) =>
      e.actor === `user:${strangerId}` && e.detail.credential === sessionOf(stranger)
    // Nobody to name: counted per address and minute, written when the minute is over (audit-chain.test.ts).
    expect(count((e) => e.actor === 'unknown')).toBe(0)
    expect(count((e) => api(e) && strangers(e) && e.detail.reason === 'no access')).toBe(3)
    expect(count((e) => api(e) && e.actor.startsWith('link:') && e.detail.reason === 'role')).toBe(1)
    expect(count((e) => !api(e) && strangers(e) && e.detail.reason === 'no access')).toBe(1)
    const coordinatorId = await userIdOf(coordinator)
    const hijack = (e: Entry) =>
      e.actor === `user:${coordinatorId}` && e.detail.credential === sessionOf(coordinator)
    expect(count((e) => !api(e) && hijack(e) && e.detail.reason === 'cross-site')).toBe(1)
  })

  it('holds no tokens, no cookies and no document content', async () => {
    const text = JSON.stringify(await courseLog())
    expect(text).not.toContain(coordinator.cookie!.split('=')[1])
    expect(text).not.toContain(citizenName)
  })
})

describe('the audit log of an account', () => {
  it('writes wrong current passwords and a refused password change, naming the session', async () => {
    const { email, password } = await server.createUser('skifter@example.dk', 'Skifter Kode')
    const client = new ApiClient(server.url)
    await client.login(email, password)
    const change = (currentPassword: string) =>
      client.request('POST', '/api/auth/password', {
        currentPassword,
        newPassword: 'et nyt og langt kodeord',
      })
    for (let i = 0; i < 6; i++) await change(`forkert-${i}`)
    const db = new DatabaseSync(path.join(server.dataDir, 'bordenden.sqlite'), { readOnly: true })
    try {
      const rows = db
        .prepare("SELECT actor, action, detail FROM audit_log WHERE action LIKE 'password.%' AND actor = ?")
        .all(`user:${await userIdOf(client)}`) as { action: string; detail: string }[]
      expect(rows.map((r) => r.action)).toEqual([...Array(5).fill('password.failed'), 'password.throttled'])
      expect(rows.every((r) => JSON.parse(r.detail).session === sessionOf(client))).toBe(true)
    } finally {
      db.close()
    }
  })
})
