import type { Refusal } from '@bordenden/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../support/api.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { ServerProcess } from '../support/server.ts'

// Sessions: cookie flags, fixation, CSRF, rate limits, password changes, and how the end of a session
// closes the sockets it opened.

let server: ServerProcess
let coordinator: ApiClient

beforeAll(async () => {
  server = await ServerProcess.start()
  coordinator = await server.coordinator()
})
afterAll(() => server.stop())

const syncUrl = (courseId: string, token: string) =>
  `${server.wsUrl}/${courseId}?token=${encodeURIComponent(token)}`

describe('sessions', () => {
  it('sets a HttpOnly, SameSite=Lax cookie and issues a new session at every sign-in (no fixation)', async () => {
    const { email, password } = await server.createUser('fixation@example.dk', 'Fixation Test')
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
    const victim = await server.createUser('victim@example.dk', 'Victim')
    const attacker = await server.createUser('attacker@example.dk', 'Attacker')
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
      const { email, password } = await https.createUser('secure@example.dk', 'Secure Test')
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
    const { email, password } = await server.createUser('bruteforce@example.dk', 'Brute Force')
    const client = new ApiClient(server.url)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await client.request('POST', '/api/auth/login', { email, password: `wrong-${i}` })).status,
      )
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    const blocked = await client.request<Refusal>('POST', '/api/auth/login', { email, password })
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('too_many_attempts')
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
    const { email, password } = await server.createUser('change@example.dk', 'Change Password')
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
    const { email, password } = await server.createUser('guess-current@example.dk', 'Guess Current')
    const client = new ApiClient(server.url)
    await client.login(email, password)
    const change = (currentPassword: string) =>
      client.request<Refusal>('POST', '/api/auth/password', {
        currentPassword,
        newPassword: 'et nyt og langt kodeord',
      })
    for (let i = 0; i < 5; i++) expect((await change(`wrong-${i}`)).status).toBe(403)
    const blocked = await change(password)
    expect(blocked.status).toBe(429)
    expect(blocked.body.error).toMatchObject({
      code: 'too_many_attempts',
      details: { retryAfterSeconds: expect.any(Number) },
    })
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    const login = await new ApiClient(server.url).request('POST', '/api/auth/login', { email, password })
    expect(login.status).toBe(429)
  })
})

// How soon they close is the revocation sweep's latency: `pnpm bench` measures it, no test here asserts it.
describe('ending a session closes the sockets it opened', () => {
  async function signedInSocket(email: string) {
    const { password } = await server.createUser(email, 'Socket Test')
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
    expect((await client.request('POST', '/api/auth/logout')).status).toBe(200)
    expect((await socket.closed).code).toBe(4001)
  })

  it('when the admin command ends it from another process', async () => {
    const { client, socket } = await signedInSocket('cli-revoke@example.dk')
    expect(await server.cli('revoke-sessions', '--email', 'cli-revoke@example.dk')).toMatch(/1 session/)
    expect((await socket.closed).code).toBe(4001)
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401)
  })

  it('when the admin command disables the person, who then cannot sign in until enabled', async () => {
    const email = 'cli-disable@example.dk'
    const { client, socket, password } = await signedInSocket(email)
    expect(await server.cli('disable-user', '--email', email)).toMatch(/1 session/)
    expect((await socket.closed).code).toBe(4001)
    expect((await client.request('GET', '/api/auth/me')).status).toBe(401)
    const again = new ApiClient(server.url)
    expect((await again.request('POST', '/api/auth/login', { email, password })).status).toBe(401)
    await server.cli('enable-user', '--email', email)
    expect((await again.request('POST', '/api/auth/login', { email, password })).status).toBe(200)
  })
})
