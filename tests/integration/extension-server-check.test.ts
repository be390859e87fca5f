import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkBordenden } from '@bordenden/client'
import { afterEach, describe, expect, it } from 'vitest'
import { ServerProcess } from '../support/server.ts'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
})

/** A real HTTP server on loopback answering with `handler`; its origin. */
async function serving(handler: RequestListener): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const json =
  (status: number, body: unknown): RequestListener =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }

describe('is this a Bordenden server?', () => {
  it('tells a server that answers 501, or a web page, from Bordenden', async () => {
    expect(
      await checkBordenden(await serving((_req, res) => res.writeHead(501).end('Not Implemented'))),
    ).toBe('notBordenden')
    expect(
      await checkBordenden(
        await serving((_req, res) =>
          res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Nexus</h1>'),
        ),
      ),
    ).toBe('notBordenden')
    // Another service's health JSON is not enough.
    expect(await checkBordenden(await serving(json(200, { status: 'ok' })))).toBe('notBordenden')
  })

  it('recognises a real Bordenden server', async () => {
    const server = await ServerProcess.start()
    try {
      expect(await checkBordenden(server.url)).toBe('bordenden')
    } finally {
      await server.stop()
    }
  })

  it("recognises Bordenden's /readyz, ready or not, and an address nobody answers", async () => {
    const storage = { ok: true, schema: 5 }
    expect(
      await checkBordenden(await serving(json(200, { ready: true, version: '1.0.0', checks: { storage } }))),
    ).toBe('bordenden')
    expect(
      await checkBordenden(
        await serving(
          json(503, { ready: false, version: '1.0.0', checks: { storage: { ok: false, error: 'x' } } }),
        ),
      ),
    ).toBe('notReady')
    const gone = await serving(() => {})
    await new Promise((resolve) => servers.pop()?.close(resolve))
    expect(await checkBordenden(gone)).toBe('unreachable')
  })
})
