import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRawSocket } from '../support/raw-socket.ts'
import { ServerProcess } from '../support/server.ts'

// How the server sends the built web app and the course: precompressed copies by Accept-Encoding,
// hashed assets cached for a year and pages revalidated, the board page with tldraw preloaded, and
// compressed websocket messages. The build is a small stand-in written here, so the test needs no
// `pnpm build` and knows every byte it expects.

const script = 'console.log("the board app")\n'.repeat(100)
let dist: string
let server: ServerProcess

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'bordenden-dist-'))
  mkdirSync(path.join(dist, 'assets'))
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>home</title>')
  writeFileSync(
    path.join(dist, 'board.html'),
    '<!doctype html><link rel="modulepreload" href="/assets/tldraw.js">',
  )
  writeFileSync(path.join(dist, 'citizen.html'), '<!doctype html><title>citizen</title>')
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  const asset = path.join(dist, 'assets/board-abc123.js')
  writeFileSync(asset, script)
  writeFileSync(`${asset}.br`, brotliCompressSync(script))
  writeFileSync(`${asset}.gz`, gzipSync(script))
  server = await ServerProcess.start({ env: { BOARD_DIST: dist } })
})

afterAll(async () => {
  await server?.stop()
  rmSync(dist, { recursive: true, force: true })
})

const get = (route: string, acceptEncoding?: string) =>
  fetch(`${server.url}${route}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} })

describe('the built web app', () => {
  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only that', async () => {
    const brotli = await get('/assets/board-abc123.js', 'gzip, deflate, br, zstd')
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding')
    expect(await brotli.text()).toBe(script) // fetch decodes it

    const gzip = await get('/assets/board-abc123.js', 'gzip')
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(await gzip.text()).toBe(script)
  })

  it('sends the file as it is to a client that accepts no encoding, still varying by it', async () => {
    const plain = await get('/assets/board-abc123.js', 'identity')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    expect(await plain.text()).toBe(script)
  })

  it('lets browsers keep hashed assets for a year and revalidate pages and other files', async () => {
    expect((await get('/assets/board-abc123.js', 'br')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    )
    for (const route of ['/', '/login', '/board/some-course', '/citizen/some-course', '/favicon.svg']) {
      expect((await get(route)).headers.get('cache-control'), route).toBe('no-cache')
    }
  })

  it('gives the board its own page, which preloads tldraw, and the others index.html', async () => {
    expect(await (await get('/board/some-course')).text()).toContain(
      'rel="modulepreload" href="/assets/tldraw.js"',
    )
    expect(await (await get('/')).text()).toContain('<title>home</title>')
    expect(await (await get('/citizen/some-course')).text()).toContain('<title>citizen</title>')
  })
})

describe('the sync socket', () => {
  it('negotiates permessage-deflate', async () => {
    const { wsBase, courseId, token } = await server.course('Kompression')
    const raw = await openRawSocket(`${wsBase}/${courseId}?token=${token}`)
    expect(raw.socket.extensions).toContain('permessage-deflate')
    raw.socket.close()
    await raw.closed
  })
})
