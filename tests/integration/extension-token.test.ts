import { connectCourse } from '@bordenden/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { ApiClient } from '../support/api.ts'
import { ServerProcess } from '../support/server.ts'

interface TokenAnswer {
  token: string
  user: { email: string }
}

let server: ServerProcess
let api: ApiClient
let courseId: string
let credentials: { email: string; password: string }
const extensionOrigin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop'
const user = { id: 'extension-test', name: 'Udvidelsen', color: '#225566' }

/** A request as the extension makes it: from its own origin, with the token and no cookie. */
function fromExtension(method: string, path: string, token: string, body?: unknown) {
  return new ApiClient(server.url).request(method, path, body, {
    authorization: `Bearer ${token}`,
    origin: extensionOrigin,
    'sec-fetch-site': 'cross-site',
  })
}

/** Signs in as the extension does: from its own origin, without a cookie. */
async function extensionToken(): Promise<string> {
  const result = await new ApiClient(server.url).request<TokenAnswer>(
    'POST',
    '/api/auth/login',
    { ...credentials, client: 'extension' },
    { origin: extensionOrigin, 'sec-fetch-site': 'cross-site' },
  )
  expect(result.status).toBe(200)
  return result.body.token
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1' } })
  ;({ api, courseId } = await server.demo())
  credentials = server.demoLogin()
})
afterAll(() => server.stop())

describe('extension tokens', () => {
  it('signs in with a token in the answer and no cookie', async () => {
    const result = await new ApiClient(server.url).request<TokenAnswer>('POST', '/api/auth/login', {
      ...credentials,
      client: 'extension',
    })
    expect(result.status).toBe(200)
    expect(result.body.token).toMatch(/^[a-z2-7]{32}$/)
    expect(result.headers.get('set-cookie')).toBeNull()
    const me = await fromExtension('GET', '/api/auth/me', result.body.token)
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ user: { email: credentials.email } })
  })

  it('follows the language the person chose in the browser, and takes only the languages there are', async () => {
    const token = await extensionToken()
    expect((await api.request('PUT', '/api/auth/locale', { locale: 'en' })).status).toBe(200)
    expect((await fromExtension('GET', '/api/auth/me', token)).body).toMatchObject({ user: { locale: 'en' } })
    expect((await fromExtension('PUT', '/api/auth/locale', token, { locale: 'da' })).status).toBe(200)
    expect((await api.request('GET', '/api/auth/me')).body).toMatchObject({ user: { locale: 'da' } })
    expect((await api.request('PUT', '/api/auth/locale', { locale: 'de' })).status).toBe(400)
    expect(
      (await new ApiClient(server.url).request('PUT', '/api/auth/locale', { locale: 'en' })).status,
    ).toBe(401)
  })

  it('passes sign-in from an extension origin without a cookie, but refuses it with one or from a site', async () => {
    const login = (headers: Record<string, string>) =>
      new ApiClient(server.url).request(
        'POST',
        '/api/auth/login',
        { ...credentials, client: 'extension' },
        headers,
      )
    expect((await login({ origin: extensionOrigin, 'sec-fetch-site': 'cross-site' })).status).toBe(200)
    const withCookie = { origin: extensionOrigin, 'sec-fetch-site': 'cross-site', cookie: api.cookie ?? '' }
    expect((await login(withCookie)).status).toBe(403)
    expect((await login({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect(
      (await login({ origin: 'chrome-extension://x/../evil', 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403)
  })

  it('is refused when unknown or malformed, and a cookie that comes along does not stand in for it', async () => {
    const withCookie = (authorization: string) =>
      api.request('GET', '/api/auth/me', undefined, { authorization })
    expect((await api.request('GET', '/api/auth/me')).status).toBe(200)
    expect((await withCookie(`Bearer ${'a'.repeat(32)}`)).status).toBe(401)
    expect((await withCookie('Bearer not-a-token')).status).toBe(401)
  })

  it('changes state from the extension origin, where the same request with a cookie is refused', async () => {
    const token = await extensionToken()
    const { body } = await api.request<{ courses: { overdue: { id: string }[] }[] }>('GET', '/api/follow-ups')
    const agreementId = body.courses[0]?.overdue[0]?.id
    expect(agreementId).toBeTruthy()
    const path = `/api/agreements/${courseId}/${agreementId}/status`
    const crossSiteCookie = await api.request(
      'POST',
      path,
      { to: 'done', note: 'Klaret fra udvidelsen' },
      {
        origin: extensionOrigin,
        'sec-fetch-site': 'cross-site',
      },
    )
    expect(crossSiteCookie.status).toBe(403)
    const bearer = await fromExtension('POST', path, token, { to: 'done', note: 'Klaret fra udvidelsen' })
    expect(bearer.status).toBe(200)
    expect(bearer.body).toMatchObject({ agreement: { id: agreementId, status: 'done' } })
  })

  it('changes the password with its token, and goes on with a new token in the answer, not a cookie', async () => {
    const { email, password } = await server.createUser('udvidelse-kode@example.dk', 'Udvidelse Kode')
    const login = await new ApiClient(server.url).request<TokenAnswer>(
      'POST',
      '/api/auth/login',
      { email, password, client: 'extension' },
      { origin: extensionOrigin, 'sec-fetch-site': 'cross-site' },
    )
    const old = login.body.token
    const changed = await fromExtension('POST', '/api/auth/password', old, {
      currentPassword: password,
      newPassword: 'et nyt og langt kodeord',
    })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('set-cookie')).toBeNull()
    const next = (changed.body as { token: string }).token
    expect(next).toMatch(/^[a-z2-7]{32}$/)
    expect((await fromExtension('GET', '/api/auth/me', old)).status).toBe(401)
    expect((await fromExtension('GET', '/api/auth/me', next)).status).toBe(200)
  })

  it('lists the courses with counts for the panel', async () => {
    const token = await extensionToken()
    const result = await fromExtension('GET', '/api/overview', token)
    expect(result.status).toBe(200)
    const course = (result.body as { courses: Record<string, unknown>[] }).courses[0]
    expect(course).toMatchObject({ courseId, phase: expect.any(String) })
    expect(course?.overdue).toEqual(expect.any(Number))
    expect(course?.dueSoon).toEqual(expect.any(Number))
    expect((await new ApiClient(server.url).request('GET', '/api/overview')).status).toBe(401)
  })

  it('opens the course over the websocket as a subprotocol, and signing out ends it', async () => {
    const token = await extensionToken()
    const connection = connectCourse({
      serverUrl: server.url,
      courseId,
      bearer: token,
      user,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    })
    try {
      await connection.whenSynced()
      expect(connection.course.agreements.list().length).toBeGreaterThan(0)
      const closed = new Promise<void>((resolve) =>
        connection.onStatusChange((status) => status === 'disconnected' && resolve()),
      )
      expect((await fromExtension('POST', '/api/auth/logout', token)).status).toBe(200)
      await closed
      expect((await fromExtension('GET', '/api/auth/me', token)).status).toBe(401)
    } finally {
      connection.destroy()
    }
  })

  it('answers the socket with the plain subprotocol, never the token, and refuses an unknown token', async () => {
    const open = (token: string) =>
      new Promise<string | number>((resolve) => {
        const socket = new WebSocket(`${server.wsUrl}/${courseId}`, ['bordenden', `bearer.${token}`])
        socket.on('error', () => {})
        socket.once('open', () => {
          resolve(socket.protocol)
          socket.close()
        })
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      })
    expect(await open(await extensionToken())).toBe('bordenden')
    expect(await open('b'.repeat(32))).toBe(403)
  })
})
