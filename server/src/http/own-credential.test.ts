import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { rejectCrossSite } from './csrf.ts'

const app = new Hono()
  .use(rejectCrossSite({ publicUrl: 'http://bordenden.test', allowedOrigins: [] }))
  .post('/', (c) => c.text('ok'))
const token = 'abcdefghijklmnopqrstuvwxyz234567'
const crossSite = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }
const extension = {
  origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
  'sec-fetch-site': 'cross-site',
}
const status = async (headers: Record<string, string>) =>
  (await app.request('http://bordenden.test/', { method: 'POST', headers })).status

describe('requests with a credential of their own', () => {
  it('pass the cross-site check with a bearer token, which a page cannot add', async () => {
    expect(await status({ ...crossSite, authorization: `Bearer ${token}` })).toBe(200)
    expect(
      await status({ ...extension, authorization: `Bearer ${token}`, cookie: 'bordenden_session=x' }),
    ).toBe(200)
  })

  it("pass from an extension's origin only without a cookie", async () => {
    expect(await status(extension)).toBe(200)
    expect(await status({ ...extension, cookie: 'bordenden_session=x' })).toBe(403)
    expect(await status({ ...extension, origin: 'chrome-extension://x/../evil' })).toBe(403)
  })

  it('leave the check in force for cookies from other sites', async () => {
    expect(await status(crossSite)).toBe(403)
    expect(await status({ ...crossSite, cookie: 'bordenden_session=x' })).toBe(403)
    expect(await status({ ...crossSite, authorization: 'Basic abc' })).toBe(403)
  })
})
