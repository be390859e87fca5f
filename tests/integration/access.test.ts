import { encodeSyncStep1, encodeUpdate, MessageType, SqliteStorage } from '@bordenden/server'
import { encoding } from 'lib0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSyncStep2 } from 'y-protocols/sync'
import * as Y from 'yjs'
import { ApiClient } from '../support/api.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
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
  doc.getMap('test').set(key, 'written by a read-only link')
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
    editor.doc.getMap('test').set('marker', 1)
    await waitFor('viewer receives the marker', () => viewer.received.length >= 3)
    for (const key of written) expect(editor.doc.getMap('test').has(key), key).toBe(false)
    viewer.socket.close()
    editor.destroy()

    await server.restart()
    const reader = connectYjsClient(course)
    await reader.synced()
    expect(reader.doc.getMap('test').get('marker')).toBe(1)
    for (const key of written) expect(reader.doc.getMap('test').has(key), key).toBe(false)
    reader.destroy()

    await server.kill('SIGTERM')
    const storage = new SqliteStorage({ dataDir: server.dataDir })
    const stored = await storage.loadDoc(course.courseId)
    const doc = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    for (const key of written) expect(doc.getMap('test').has(key), key).toBe(false)
    expect(doc.getMap('test').get('marker')).toBe(1)
    await storage.close()
    await server.spawn()
  })

  it('turns a participant link read-only when its edit window closes', async () => {
    const now = Date.now()
    const { token } = await createLink({ kind: 'participant', editFrom: now - 1000, editUntil: now + 1500 })
    const participant = connectYjsClient({ ...course, token })
    const witness = connectYjsClient(course)
    await Promise.all([participant.synced(), witness.synced()])
    participant.doc.getMap('test').set('inside-window', true)
    await waitFor(
      'edit inside the window arrives',
      () => witness.doc.getMap('test').get('inside-window') === true,
    )

    const closed = new Promise<number>((resolve) =>
      participant.provider.once('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)),
    )
    expect(await closed).toBe(4002)
    await participant.synced() // it reconnects, now read-only
    await waitFor('reconnected', () => participant.provider.wsconnected)
    participant.doc.getMap('test').set('after-window', true)
    witness.doc.getMap('test').set('witness-marker', true)
    await waitFor(
      'participant still receives',
      () => participant.doc.getMap('test').get('witness-marker') === true,
    )
    await new Promise((r) => setTimeout(r, 200))
    expect(witness.doc.getMap('test').has('after-window')).toBe(false)
    participant.destroy()
    witness.destroy()
  })

  it('lets a socket opened before a link’s edit window edit once the window opens', async () => {
    const now = Date.now()
    const opens = now + 2000
    const { token } = await createLink({ kind: 'participant', editFrom: opens, editUntil: now + 3600_000 })
    const participant = connectYjsClient({ ...course, token })
    const witness = connectYjsClient(course)
    await Promise.all([participant.synced(), witness.synced()])
    const closed = new Promise<number>((resolve) =>
      participant.provider.once('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)),
    )
    participant.doc.getMap('test').set('before-opening', true)
    witness.doc.getMap('test').set('before-opening-marker', true)
    await waitFor('marker', () => participant.doc.getMap('test').get('before-opening-marker') === true)
    await new Promise((r) => setTimeout(r, 200))
    expect(Date.now()).toBeLessThan(opens)
    expect(witness.doc.getMap('test').has('before-opening')).toBe(false)

    expect(await closed).toBe(4002)
    expect(Date.now()).toBeGreaterThanOrEqual(opens)
    await waitFor('reconnected', () => participant.provider.wsconnected)
    participant.doc.getMap('test').set('after-opening', true)
    await waitFor('edit after opening', () => witness.doc.getMap('test').get('after-opening') === true)
    participant.destroy()
    witness.destroy()
  })
})

describe('tokens', () => {
  it('refuses missing, malformed, unknown, expired, revoked and other-course tokens before upgrading', async () => {
    const other = await server.course('another course')
    const expiring = await createLink({ kind: 'viewer', expiresAt: Date.now() + 300 })
    const revoked = await createLink({ kind: 'viewer' })
    await coordinator.request('DELETE', `/api/courses/${course.courseId}/links/${revoked.link.id}`)
    await new Promise((r) => setTimeout(r, 400))
    await expect(openRawSocket(syncUrl(course.courseId))).rejects.toThrow('401')
    for (const token of ['not-a-token', 'a'.repeat(32), expiring.token, revoked.token, other.token]) {
      await expect(openRawSocket(syncUrl(course.courseId, token)), token).rejects.toThrow('403')
    }
  })

  it('closes a live socket within a second of revoking its link', async () => {
    const { token, link } = await createLink({ kind: 'viewer' })
    const viewer = await openRawSocket(syncUrl(course.courseId, token))
    const started = Date.now()
    await coordinator.request('DELETE', `/api/courses/${course.courseId}/links/${link.id}`)
    const { code } = await viewer.closed
    expect(code).toBe(4001)
    expect(Date.now() - started).toBeLessThan(1000)
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

describe('sessions', () => {
  it('sets a HttpOnly, SameSite=Lax cookie and issues a new session at every sign-in (no fixation)', async () => {
    const { email, password } = server.createUser('fixation@example.dk', 'Fixation Test')
    const client = new ApiClient(server.url)
    client.cookie = 'bordenden_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
    const planted = client.cookie
    const login = await client.login(email, password)
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
    expect(cookie).not.toMatch(/Secure/i) // plain http in tests; see the https case below
    expect(client.cookie).not.toBe(planted)
    const attacker = new ApiClient(server.url)
    attacker.cookie = planted
    expect((await attacker.request('GET', '/api/auth/me')).status).toBe(401)
    expect((await client.request('GET', '/api/auth/me')).status).toBe(200)
  })

  it('does not promote a real session planted before sign-in: another person’s, or a signed-out one', async () => {
    const victim = server.createUser('victim@example.dk', 'Victim')
    const attacker = server.createUser('attacker@example.dk', 'Attacker')
    const attackerClient = new ApiClient(server.url)
    await attackerClient.login(attacker.email, attacker.password)
    const signedOut = new ApiClient(server.url)
    await signedOut.login(victim.email, victim.password)
    const stale = signedOut.cookie
    await signedOut.request('POST', '/api/auth/logout')
    for (const planted of [attackerClient.cookie, stale]) {
      const browser = new ApiClient(server.url)
      browser.cookie = planted
      await browser.login(victim.email, victim.password)
      expect(browser.cookie).not.toBe(planted)
      const me = await browser.request<{ user: { email: string } }>('GET', '/api/auth/me')
      expect(me.body.user.email).toBe(victim.email)
      const holder = new ApiClient(server.url)
      holder.cookie = planted
      expect((await holder.request('GET', '/api/auth/me')).status).toBe(401)
    }
  })

  it('marks the cookie Secure when served over https, and takes the https address as its own origin', async () => {
    // Behind a proxy that ends TLS: the browser says https://…, the request arrives as http://127.0.0.1.
    const publicUrl = 'https://bordenden.example.dk'
    const https = await ServerProcess.start({ env: { PUBLIC_URL: publicUrl } })
    try {
      const { email, password } = https.createUser('secure@example.dk', 'Secure Test')
      const client = new ApiClient(https.url)
      const login = await client.login(email, password)
      expect(login.headers.get('set-cookie')).toMatch(/Secure/)
      const course = { title: 'via proxy', citizenName: 'y' }
      const browser = { origin: publicUrl, 'sec-fetch-site': 'same-origin' }
      const created = await client.request<{ course: { id: string } }>(
        'POST',
        '/api/courses',
        course,
        browser,
      )
      expect(created.status).toBe(201)
      const plainHttp = { origin: 'http://bordenden.example.dk', 'sec-fetch-site': 'cross-site' }
      expect((await client.request('POST', '/api/courses', course, plainHttp)).status).toBe(403)
      const board = `${https.wsUrl}/${created.body.course.id}`
      ;(await openRawSocket(board, { cookie: client.cookie!, origin: publicUrl })).socket.close()
    } finally {
      await https.stop()
    }
  })

  it('rate-limits guessing a password, with a clear error', async () => {
    const { email, password } = server.createUser('bruteforce@example.dk', 'Brute Force')
    const client = new ApiClient(server.url)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await client.request('POST', '/api/auth/login', { email, password: `wrong-${i}` })).status,
      )
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    const blocked = await client.request<{ error: string }>('POST', '/api/auth/login', { email, password })
    expect(blocked.status).toBe(429)
    expect(blocked.body.error).toMatch(/For mange forsøg/)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('refuses cross-site state-changing requests (CSRF)', async () => {
    const otherSites: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://sibling.example' },
      { origin: 'null' },
    ]
    for (const headers of otherSites) {
      const result = await coordinator.request(
        'POST',
        '/api/courses',
        { title: 'x', citizenName: 'y' },
        headers,
      )
      expect(result.status, JSON.stringify(headers)).toBe(403)
    }
    const sameOrigin = await coordinator.request(
      'POST',
      '/api/courses',
      { title: 'ok', citizenName: 'y' },
      { origin: server.url },
    )
    expect(sameOrigin.status).toBe(201)
  })

  it('refuses a board socket opened with the session cookie from another site (websocket hijacking)', async () => {
    const own = await server.course('hijacking')
    const cookie = { cookie: coordinator.cookie! }
    const url = `${server.wsUrl}/${own.courseId}`
    for (const origin of ['https://evil.example', 'null']) {
      await expect(openRawSocket(url, { ...cookie, origin })).rejects.toThrow('403')
    }
    ;(await openRawSocket(url, { ...cookie, origin: server.url })).socket.close()
    // A share link is its own credential, wherever the page that holds it is.
    const linked = await openRawSocket(syncUrl(own.courseId, own.token), { origin: 'https://evil.example' })
    linked.socket.close()
  })

  it('ends other sessions and closes their sockets when the password changes', async () => {
    const { email, password } = server.createUser('change@example.dk', 'Change Password')
    const laptop = new ApiClient(server.url)
    const phone = new ApiClient(server.url)
    await laptop.login(email, password)
    await phone.login(email, password)
    const created = await phone.request<{ course: { id: string } }>('POST', '/api/courses', {
      title: 'mine',
      citizenName: 'x',
    })
    await expect(openRawSocket(`${server.wsUrl}/${created.body.course.id}`)).rejects.toThrow('401') // no cookie
    const { WebSocket } = await import('ws')
    const phoneSocket = new WebSocket(`${server.wsUrl}/${created.body.course.id}`, {
      headers: { cookie: phone.cookie! },
    })
    await new Promise((resolve, reject) => {
      phoneSocket.once('open', resolve)
      phoneSocket.once('error', reject)
    })
    const closed = new Promise<number>((resolve) => phoneSocket.once('close', (code) => resolve(code)))
    const board = `${server.wsUrl}/${created.body.course.id}`
    const laptopSocket = await openRawSocket(board, { cookie: laptop.cookie! })
    const before = laptop.cookie
    const change = await laptop.request('POST', '/api/auth/password', {
      currentPassword: password,
      newPassword: 'et nyt og langt kodeord',
    })
    expect(change.status).toBe(200)
    expect(await closed).toBe(4001)
    expect((await phone.request('GET', '/api/auth/me')).status).toBe(401)
    // the laptop goes on with a new session, and its board reconnects on it; the old one is over too
    expect((await laptopSocket.closed).code).toBe(4003)
    expect(laptop.cookie).not.toBe(before)
    expect((await laptop.request('GET', '/api/auth/me')).status).toBe(200)
    ;(await openRawSocket(board, { cookie: laptop.cookie! })).socket.close()
    await expect(openRawSocket(board, { cookie: before! })).rejects.toThrow('403')
    const old = new ApiClient(server.url)
    old.cookie = before
    expect((await old.request('GET', '/api/auth/me')).status).toBe(401)
  })

  it('rate-limits guessing the current password when changing it, with sign-in', async () => {
    const { email, password } = server.createUser('guess-current@example.dk', 'Guess Current')
    const client = new ApiClient(server.url)
    await client.login(email, password)
    const change = (currentPassword: string) =>
      client.request<{ error: string }>('POST', '/api/auth/password', {
        currentPassword,
        newPassword: 'et nyt og langt kodeord',
      })
    for (let i = 0; i < 5; i++) expect((await change(`wrong-${i}`)).status).toBe(403)
    const blocked = await change(password)
    expect(blocked.status).toBe(429)
    expect(blocked.body.error).toMatch(/^For mange forsøg\. Prøv igen om \d+ min\.$/)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    const login = await new ApiClient(server.url).request('POST', '/api/auth/login', { email, password })
    expect(login.status).toBe(429)
  })
})

describe('ending a session closes the sockets it opened within a second', () => {
  async function signedInSocket(email: string) {
    const { password } = server.createUser(email, 'Socket Test')
    const client = new ApiClient(server.url)
    await client.login(email, password)
    const created = await client.request<{ course: { id: string } }>('POST', '/api/courses', {
      title: 'sockets',
      citizenName: 'x',
    })
    const socket = await openRawSocket(`${server.wsUrl}/${created.body.course.id}`, {
      cookie: client.cookie!,
    })
    return { client, socket, password }
  }

  it('when the person signs out', async () => {
    const { client, socket } = await signedInSocket('logout@example.dk')
    const started = Date.now()
    expect((await client.request('POST', '/api/auth/logout')).status).toBe(200)
    expect((await socket.closed).code).toBe(4001)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('when the admin command ends it from another process', async () => {
    const { client, socket } = await signedInSocket('cli-revoke@example.dk')
    expect(server.cli('revoke-sessions', '--email', 'cli-revoke@example.dk')).toMatch(/1 session/)
    const ended = Date.now()
    expect((await socket.closed).code).toBe(4001)
    expect(Date.now() - ended).toBeLessThan(1000)
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401)
  })

  it('when the admin command disables the person, who then cannot sign in until enabled', async () => {
    const email = 'cli-disable@example.dk'
    const { client, socket, password } = await signedInSocket(email)
    expect(server.cli('disable-user', '--email', email)).toMatch(/1 session/)
    const ended = Date.now()
    expect((await socket.closed).code).toBe(4001)
    expect(Date.now() - ended).toBeLessThan(1000)
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401)
    const again = new ApiClient(server.url)
    expect((await again.request('POST', '/api/auth/login', { email, password })).status).toBe(401)
    server.cli('enable-user', '--email', email)
    expect((await again.request('POST', '/api/auth/login', { email, password })).status).toBe(200)
  })
})

describe('course access and the audit log', () => {
  it('gives no course content to an admin or another coordinator', async () => {
    const admin = server.createUser('admin@example.dk', 'Admin', 'admin')
    const stranger = server.createUser('stranger@example.dk', 'Other Coordinator')
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
