import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { clientIp } from './client-ip.ts'

const app = (trustProxy: boolean) => new Hono().get('/', (c) => c.text(clientIp(c, trustProxy) ?? 'none'))
const ipOf = async (trustProxy: boolean, forwardedFor: string) =>
  (await app(trustProxy).request('/', { headers: { 'x-forwarded-for': forwardedFor } })).text()

describe('clientIp', () => {
  it('takes the address our proxy appended, not one the client wrote before it', async () => {
    expect(await ipOf(true, '203.0.113.7')).toBe('203.0.113.7')
    expect(await ipOf(true, '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7')
    expect(await ipOf(true, 'made-up, 10.0.0.1 ,  203.0.113.7 ')).toBe('203.0.113.7')
  })

  it('ignores the header without TRUST_PROXY', async () => {
    // app.request has no socket, so there is no peer address either
    expect(await ipOf(false, '203.0.113.7')).toBe('none')
  })
})
