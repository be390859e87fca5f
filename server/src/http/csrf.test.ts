import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { rejectCrossSite } from './csrf.ts'

// Behind a proxy that ends TLS: the browser is on https://bordenden.kommune.dk, the server is asked
// for http://10.0.0.5:8787.
const app = new Hono()
  .use(rejectCrossSite({ publicUrl: 'https://bordenden.kommune.dk', allowedOrigins: [] }))
  .post('/', (c) => c.text('ok'))
const status = async (headers: Record<string, string>) =>
  (await app.request('http://10.0.0.5:8787/', { method: 'POST', headers: { cookie: 'x=y', ...headers } }))
    .status

describe('the cross-site check', () => {
  it("takes the public address's origin as this site's", async () => {
    const browser = { origin: 'https://bordenden.kommune.dk', 'sec-fetch-site': 'same-origin' }
    expect(await status(browser)).toBe(200)
    expect(await status({ origin: 'http://10.0.0.5:8787' })).toBe(200)
    expect(await status({ origin: 'http://bordenden.kommune.dk' })).toBe(403)
  })

  it('refuses a sibling site and an opaque origin', async () => {
    const sibling = { origin: 'https://intra.kommune.dk', 'sec-fetch-site': 'same-site' }
    expect(await status(sibling)).toBe(403)
    expect(await status({ 'sec-fetch-site': 'same-site' })).toBe(403)
    expect(await status({ origin: 'null' })).toBe(403)
    expect(await status({ origin: 'null', 'sec-fetch-site': 'cross-site' })).toBe(403)
  })
})
