import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostgresServer } from '../support/postgres.ts'
import { RedisServer } from '../support/redis.ts'
import { ServerProcess } from '../support/server.ts'

// Issue 14, fault 6: sign-in limits that an attacker could turn against the people they protect.

interface SignIn {
  status: number
  /** The known-device cookie (`name=value`) this answer set, if any. */
  device: string | null
  retryAfter: number
}

/** One sign-in as a browser would send it: from `ip` (behind our proxy) and with its device cookie. */
async function signIn(
  server: ServerProcess,
  email: string,
  password: string,
  options: { ip?: string; device?: string | null } = {},
): Promise<SignIn> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
      ...(options.device ? { cookie: options.device } : {}),
    },
    body: JSON.stringify({ email, password }),
  })
  await response.text()
  const device = response.headers.getSetCookie().find((c) => c.startsWith('bordenden_device=')) ?? null
  return {
    status: response.status,
    device: device?.split(';')[0] ?? null,
    retryAfter: Number(response.headers.get('retry-after') ?? 0),
  }
}

describe('sign-in limits on one server', () => {
  let server: ServerProcess
  beforeAll(async () => {
    server = await ServerProcess.start({ env: { TRUST_PROXY: '1' } })
  })
  afterAll(() => server?.stop())

  it('sets a long-lived, HttpOnly, strict device cookie only for sign-in, at a successful sign-in', async () => {
    const { email, password } = await server.createUser('cookie@example.dk', 'Cookie Test')
    expect((await signIn(server, email, 'wrong password', { ip: '10.1.0.1' })).device).toBeNull()
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.1.0.1' },
      body: JSON.stringify({ email, password }),
    })
    const [session, device] = response.headers.getSetCookie()
    expect(session).toMatch(/^bordenden_session=/) // the session first: clients that keep one cookie keep it
    expect(device).toMatch(/^bordenden_device=[a-z2-7]{32};/)
    expect(device).toMatch(/Path=\/api\/auth/)
    expect(device).toMatch(/HttpOnly/)
    expect(device).toMatch(/SameSite=Strict/)
    const expires = Date.parse(/Expires=([^;]+)/.exec(device ?? '')?.[1] ?? '')
    expect(expires - Date.now()).toBeGreaterThan(300 * 24 * 3600_000)
  })

  it('keeps the real user able to sign in from her known device while an attacker guesses her password', async () => {
    const { email, password } = await server.createUser('anne@example.dk', 'Anne Holm')
    const laptop = await signIn(server, email, password, { ip: '10.2.0.1' })
    expect(laptop.status).toBe(200)
    expect(laptop.device).not.toBeNull()

    // Anyone who knows her e-mail, from several addresses.
    const attacker: number[] = []
    for (let i = 0; i < 12; i++) {
      attacker.push((await signIn(server, email, `guess-${i}`, { ip: `203.0.113.${i % 3}` })).status)
    }
    expect(attacker.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(attacker.slice(5).every((s) => s === 429)).toBe(true)
    // Her own laptop is not locked out (on today's main: 429 for 15 minutes)...
    expect((await signIn(server, email, password, { ip: '10.2.0.1', device: laptop.device })).status).toBe(
      200,
    )
    // ...also from another address (she takes the laptop home)...
    expect((await signIn(server, email, password, { ip: '192.0.2.7', device: laptop.device })).status).toBe(
      200,
    )
    // ...while a browser that never signed in to her account waits, and sees for how long.
    const unknown = await signIn(server, email, password, { ip: '10.2.0.1' })
    expect(unknown.status).toBe(429)
    expect(unknown.retryAfter).toBeGreaterThan(0)
    expect(unknown.retryAfter).toBeLessThanOrEqual(15 * 60)
  })

  it('does not let a device cookie of one account exempt guesses at another', async () => {
    const mine = await server.createUser('mine@example.dk', 'Mine')
    const victim = await server.createUser('victim@example.dk', 'Victim')
    const { device } = await signIn(server, mine.email, mine.password, { ip: '10.3.0.1' })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await signIn(server, victim.email, `guess-${i}`, { ip: '10.3.0.1', device })).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
  })

  it('gives a known device a limit of its own: a stolen cookie does not make guessing free', async () => {
    const { email, password } = await server.createUser('stolen@example.dk', 'Stolen Cookie')
    const { device } = await signIn(server, email, password, { ip: '10.4.0.1' })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await signIn(server, email, `guess-${i}`, { ip: `10.4.1.${i}`, device })).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    // The limit was that device's: the account itself is not locked for other devices.
    expect((await signIn(server, email, password, { ip: '10.4.0.2' })).status).toBe(200)
  })

  it('after 50 failures from one address, locks that address only for devices that never signed in', async () => {
    const nat = '198.51.100.1' // a town hall's address, shared by everyone inside
    const colleague = await server.createUser('colleague@example.dk', 'Colleague')
    const { device } = await signIn(server, colleague.email, colleague.password, { ip: nat })
    for (let i = 0; i < 50; i++) {
      expect((await signIn(server, `nobody-${i}@example.dk`, 'wrong password', { ip: nat })).status).toBe(401)
    }
    expect((await signIn(server, 'nobody-x@example.dk', 'wrong password', { ip: nat })).status).toBe(429)
    // The colleague behind the same address signs in from her own computer (on today's main: 429)...
    expect((await signIn(server, colleague.email, colleague.password, { ip: nat, device })).status).toBe(200)
    // ...and the limit holds for any browser there that did not sign in before.
    const newcomer = await server.createUser('newcomer@example.dk', 'Newcomer')
    expect((await signIn(server, newcomer.email, newcomer.password, { ip: nat })).status).toBe(429)
    expect((await signIn(server, newcomer.email, newcomer.password, { ip: '198.51.100.2' })).status).toBe(200)
  })
})

describe('sign-in limits across processes', () => {
  let postgres: PostgresServer
  let redis: RedisServer
  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([PostgresServer.start(), RedisServer.start()])
  }, 30_000)
  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()])
  })

  it('shares the counters through Redis: guesses spread over two processes meet one limit', async () => {
    const env = { DATABASE_URL: await postgres.createDatabase(), REDIS_URL: redis.url, TRUST_PROXY: '1' }
    const a = await ServerProcess.start({ env })
    const b = await ServerProcess.start({ env })
    try {
      const { email, password } = await a.createUser('shared@example.dk', 'Shared Limits')
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) {
        const server = i % 2 === 0 ? a : b
        statuses.push((await signIn(server, email, `guess-${i}`, { ip: '10.6.0.1' })).status)
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401])
      // Each process saw only 2 or 3 failures; together they are 5, and both now say wait.
      expect((await signIn(a, email, password, { ip: '10.6.0.1' })).status).toBe(429)
      expect((await signIn(b, email, password, { ip: '10.6.0.1' })).status).toBe(429)
    } finally {
      await Promise.all([a.stop(), b.stop()])
    }
  })
})
