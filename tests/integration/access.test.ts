import { encodeSyncStep1, encodeUpdate, MessageType, SqliteStorage } from '@bordenden/server'
import { encoding } from 'lib0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSyncStep2 } from 'y-protocols/sync'
import * as Y from 'yjs'
import { ApiClient } from '../support/api.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, type LogLine, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient } from '../support/yjs-client.ts'

let server: ServerProcess
let coordinator: ApiClient
let course: CourseAccess

beforeAll(async () => {
  server = await ServerProcess.start()
  coordinator = await server.coordinator()
  course = await server.course('access')
})
afterAll(() => server.stop())

// Long enough to connect, sync and edit inside an edit window on a busy machine; the tests wait it out.
const EDIT_WINDOW_MS = 5_000
const dropped = (line: LogLine) => line.msg === 'dropped update from read-only connection'

const syncUrl = (courseId: string, token?: string) =>
  `${server.wsUrl}/${courseId}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`

async function createLink(body: Record<string, unknown>, courseId = course.courseId) {
  const result = await coordinator.request<{ token: string; link: { id: string } }>(
    'POST',
    `/api/courses/${courseId}/links`,
    {
      label: 'test',
      ...body,
    },
  )
  expect(result.status).toBe(201)
  return result.body
}

/** A document whose test map has `key` set, as a read-only link would like to write it. */
function docWith(key: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('meta').set(key, 'written by a read-only link')
  return doc
}

/** A valid Yjs update that sets `key`, framed as y-websocket sends it. */
const updateFrame = (key: string) => encodeUpdate(Y.encodeStateAsUpdate(docWith(key)))

/** The same as the answer to the server's sync step 1 (sync step 2), as y-protocols frames it. */
function syncStep2Frame(key: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  writeSyncStep2(encoder, docWith(key))
  return encoding.toUint8Array(encoder)
}

describe('read-only links are enforced by the server', () => {
  it('applies, stores and broadcasts none of a viewer’s valid updates', async () => {
    const editor = connectYjsClient(course)
    await editor.synced()
    const { token } = await createLink({ kind: 'viewer' })
    const viewer = await openRawSocket(syncUrl(course.courseId, token))
    const written = ['viewer-update', 'viewer-step2']
    viewer.send(encodeSyncStep1(new Uint8Array([0])))
    viewer.send(updateFrame('viewer-update'))
    viewer.send(syncStep2Frame('viewer-step2'))
    viewer.send(encodeUpdate(Y.encodeStateAsUpdate(new Y.Doc())))
    // a marker from the editor proves the server processed everything sent before it
    editor.doc.getMap('meta').set('marker', 1)
    await waitFor('viewer receives the marker', () => viewer.received.length >= 3)
    for (const key of written) expect(editor.doc.getMap('meta').has(key), key).toBe(false)
    viewer.socket.close()
    editor.destroy()

    await server.restart()
    const reader = connectYjsClient(course)
    await reader.synced()
    expect(reader.doc.getMap('meta').get('marker')).toBe(1)
    for (const key of written) expect(reader.doc.getMap('meta').has(key), key).toBe(false)
    reader.destroy()

    await server.kill('SIGTERM')
    const storage = new SqliteStorage({ dataDir: server.dataDir })
    const stored = await storage.loadDoc(course.courseId)
    const doc = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    for (const key of written) expect(doc.getMap('meta').has(key), key).toBe(false)
    expect(doc.getMap('meta').get('marker')).toBe(1)
    await storage.close()
    await server.spawn()
  })

  it('turns a participant link read-only when its edit window closes', async () => {
    const now = Date.now()
    const { token } = await createLink({
      kind: 'participant',
      editFrom: now - 1000,
      editUntil: now + EDIT_WINDOW_MS,
    })
    const participant = connectYjsClient({ ...course, token })
    const witness = connectYjsClient(course)
    await Promise.all([participant.synced(), witness.synced()])
    participant.doc.getMap('meta').set('inside-window', true)
    await waitFor(
      'edit inside the window arrives',
      () => witness.doc.getMap('meta').get('inside-window') === true,
    )

    const closed = new Promise<number>((resolve) =>
      participant.provider.once('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)),
    )
    expect(await closed).toBe(4002)
    await participant.synced() // it reconnects, now read-only
    await waitFor('reconnected', () => participant.provider.wsconnected)
    const logged = server.logs.length
    participant.doc.getMap('meta').set('after-window', true)
    witness.doc.getMap('meta').set('witness-marker', true)
    await waitFor(
      'participant still receives',
      () => participant.doc.getMap('meta').get('witness-marker') === true,
    )
    await server.waitForLog(dropped, undefined, logged)
    expect(witness.doc.getMap('meta').has('after-window')).toBe(false)
    participant.destroy()
    witness.destroy()
  })

  it('lets a socket opened before a link’s edit window edit once the window opens', async () => {
    const now = Date.now()
    const opens = now + EDIT_WINDOW_MS
    const { token } = await createLink({ kind: 'participant', editFrom: opens, editUntil: now + 3600_000 })
    const participant = connectYjsClient({ ...course, token })
    const witness = connectYjsClient(course)
    await Promise.all([participant.synced(), witness.synced()])
    const closed = new Promise<number>((resolve) =>
      participant.provider.once('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)),
    )
    const logged = server.logs.length
    participant.doc.getMap('meta').set('before-opening', true)
    witness.doc.getMap('meta').set('before-opening-marker', true)
    await waitFor('marker', () => participant.doc.getMap('meta').get('before-opening-marker') === true)
    await server.waitForLog(dropped, undefined, logged) // written while still read-only
    expect(witness.doc.getMap('meta').has('before-opening')).toBe(false)

    expect(await closed).toBe(4002)
    expect(Date.now()).toBeGreaterThanOrEqual(opens)
    await waitFor('reconnected', () => participant.provider.wsconnected)
    participant.doc.getMap('meta').set('after-opening', true)
    await waitFor('edit after opening', () => witness.doc.getMap('meta').get('after-opening') === true)
    participant.destroy()
    witness.destroy()
  })
})

describe('tokens', () => {
  it('refuses missing, malformed, unknown, expired, revoked and other-course tokens before upgrading', async () => {
    const other = await server.course('another course')
    const expiresAt = Date.now() + 1000
    const expiring = await createLink({ kind: 'viewer', expiresAt })
    const revoked = await createLink({ kind: 'viewer' })
    await coordinator.request('DELETE', `/api/courses/${course.courseId}/links/${revoked.link.id}`)
    await waitFor('the link to expire', () => Date.now() > expiresAt)
    await expect(openRawSocket(syncUrl(course.courseId))).rejects.toThrow('401')
    for (const token of ['not-a-token', 'a'.repeat(32), expiring.token, revoked.token, other.token]) {
      await expect(openRawSocket(syncUrl(course.courseId, token)), token).rejects.toThrow('403')
    }
  })

  it('closes a live socket when its link is revoked', async () => {
    const { token, link } = await createLink({ kind: 'viewer' })
    const viewer = await openRawSocket(syncUrl(course.courseId, token))
    await coordinator.request('DELETE', `/api/courses/${course.courseId}/links/${link.id}`)
    const { code } = await viewer.closed
    expect(code).toBe(4001)
  })

  it('stores only hashes of link tokens', async () => {
    const { token } = await createLink({ kind: 'citizen' })
    const links = await coordinator.request<{ links: { id: string }[] }>(
      'GET',
      `/api/courses/${course.courseId}/links`,
    )
    expect(JSON.stringify(links.body)).not.toContain(token)
    expect(token).toMatch(/^[a-z2-7]{32}$/) // 160 bits
  })
})

describe('course access and the audit log', () => {
  it('gives no course content to an admin or another coordinator', async () => {
    const admin = await server.createUser('admin@example.dk', 'Admin', 'admin')
    const stranger = await server.createUser('stranger@example.dk', 'Other Coordinator')
    for (const who of [admin, stranger]) {
      const client = new ApiClient(server.url)
      await client.login(who.email, who.password)
      expect((await client.request('GET', `/api/courses/${course.courseId}`)).status).toBe(403)
      expect((await client.request('GET', `/api/courses/${course.courseId}/audit`)).status).toBe(403)
      await expect(
        new Promise((resolve, reject) => {
          import('ws').then(({ WebSocket }) => {
            const ws = new WebSocket(`${server.wsUrl}/${course.courseId}`, {
              headers: { cookie: client.cookie! },
            })
            ws.once('open', () => resolve('opened'))
            ws.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))))
          })
        }),
      ).rejects.toThrow('403')
    }
  })

  it('records every opening of the course, through which link or session, from where, without tokens', async () => {
    const audit = await coordinator.request<{
      entries: { actor: string; action: string; ip: string; detail: Record<string, unknown> }[]
    }>('GET', `/api/courses/${course.courseId}/audit`)
    expect(audit.status).toBe(200)
    const opened = audit.body.entries.filter((e) => e.action === 'course.opened')
    const byLink = opened.filter((e) => e.detail.via === 'link')
    expect(byLink.length).toBeGreaterThan(3)
    expect(byLink.every((e) => e.actor.startsWith('link:') && e.detail.credential === e.actor)).toBe(true)
    // the coordinator's own reads, through her session, named by a prefix of its hash
    const bySession = opened.filter((e) => e.detail.via === 'session')
    expect(bySession.length).toBeGreaterThan(0)
    expect(
      bySession.every(
        (e) => e.actor.startsWith('user:') && /^session:[0-9a-f]{16}$/.test(`${e.detail.credential}`),
      ),
    ).toBe(true)
    expect(opened.every((e) => e.ip === '127.0.0.1')).toBe(true)
    expect(audit.body.entries.some((e) => e.action === 'course.refused')).toBe(true)
    expect(audit.body.entries.some((e) => e.action === 'link.revoked')).toBe(true)
    expect(JSON.stringify(audit.body)).not.toContain(course.token)
  })
})

describe('GET /api/access/:courseId', () => {
  it('tells each caller their role and whether they may edit', async () => {
    const viewer = await createLink({ kind: 'viewer' })
    const anonymous = new ApiClient(server.url)
    const asViewer = await anonymous.request('GET', `/api/access/${course.courseId}?token=${viewer.token}`)
    expect(asViewer.body).toMatchObject({ role: 'viewer', canEdit: false })
    const asEditor = await anonymous.request('GET', `/api/access/${course.courseId}?token=${course.token}`)
    expect(asEditor.body).toMatchObject({ role: 'participant', canEdit: true })
    expect((await coordinator.request('GET', `/api/access/${course.courseId}`)).body).toMatchObject({
      role: 'coordinator',
      canEdit: true,
    })
    expect((await anonymous.request('GET', `/api/access/${course.courseId}`)).status).toBe(401)
    expect(
      (await anonymous.request('GET', `/api/access/${course.courseId}?token=${'b'.repeat(32)}`)).status,
    ).toBe(403)
  })
})

describe('the pages’ Content-Security-Policy', () => {
  it('lets a page load from and talk to this server only', async () => {
    const policy = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? ''
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/)
        return [name, sources] as const
      }),
    )
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    // No host and no bare scheme (ws:, https:) anywhere: either would let a page reach a third party.
    const allowed = /^('self'|'none'|'unsafe-inline'|'nonce-[^']+'|data:|blob:)$/
    for (const [name, sources] of directives)
      for (const source of sources) expect(source, name).toMatch(allowed)
  })
})
