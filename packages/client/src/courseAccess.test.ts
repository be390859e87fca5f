import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchCourseAccess } from './courseAccess.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function answer(status: number, body: unknown = {}) {
  const fetch = vi.fn(async (_url: URL, _init: RequestInit) => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('fetchCourseAccess', () => {
  it('asks for the course under the server prefix, with the link token', async () => {
    const fetch = answer(200, { role: 'participant', canEdit: true, editUntil: 5, showPresence: true })
    const result = await fetchCourseAccess({
      serverUrl: 'https://example.dk/bordenden',
      courseId: 'c1',
      token: 't',
    })
    expect(String(fetch.mock.calls[0]?.[0])).toBe('https://example.dk/bordenden/api/access/c1?token=t')
    expect(result).toEqual({
      kind: 'granted',
      access: { role: 'participant', canEdit: true, editUntil: 5, showPresence: true },
    })
  })

  it('tells signing in apart from having no access', async () => {
    answer(401)
    expect(await fetchCourseAccess({ serverUrl: 'http://127.0.0.1:1', courseId: 'c1' })).toEqual({
      kind: 'sign-in-required',
    })
    answer(403)
    expect(await fetchCourseAccess({ serverUrl: 'http://127.0.0.1:1', courseId: 'c1' })).toEqual({
      kind: 'forbidden',
    })
  })

  it('rejects server errors and roles it does not know', async () => {
    answer(500)
    await expect(fetchCourseAccess({ serverUrl: 'http://127.0.0.1:1', courseId: 'c1' })).rejects.toThrow(
      /500/,
    )
    answer(200, { role: 'admin', canEdit: true, editUntil: null, showPresence: true })
    await expect(fetchCourseAccess({ serverUrl: 'http://127.0.0.1:1', courseId: 'c1' })).rejects.toThrow(
      /unexpected/,
    )
  })
})
