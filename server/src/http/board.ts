import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../context.ts'

/**
 * The built board app. `/login` and `/` are client-side routes and get index.html; `/board/:courseId` gets
 * board.html (index.html that also preloads the tldraw chunk; index.html in an older build); the citizen's
 * page `/citizen/:courseId` gets citizen.html (its own entry, without tldraw), an owner's `/mine/:courseId`
 * gets mine.html; everything else is a file
 * from the build, sent as its precompressed `.br`/`.gz` copy when the browser accepts one. Hashed files
 * under /assets/ never change, so browsers keep them a year; pages are revalidated on every open.
 * Missing build → a clear 503 instead of a blank page.
 */
export function boardRoutes(boardDist: string) {
  const app = new Hono<AppEnv>()
  const notBuilt = (c: Context<AppEnv>) =>
    c.text('The board app is not built. Run `pnpm build` (or ./scripts/start.sh).', 503)
  if (!existsSync(path.join(boardDist, 'index.html'))) {
    app.get('*', notBuilt)
    return app
  }
  const page = (...candidates: string[]) => {
    const file = candidates.map((name) => path.join(boardDist, name)).find((name) => existsSync(name))
    if (!file) return notBuilt
    const content = readFileSync(file, 'utf8')
    return (c: Context<AppEnv>) => {
      c.header('Cache-Control', 'no-cache')
      return c.html(content)
    }
  }
  const html = page('index.html')
  app.get('/board/:courseId', page('board.html', 'index.html'))
  app.get('/citizen/:courseId', page('citizen.html'))
  // An agreement owner's own page (mine.html); a build from before it has none, so it is optional.
  app.get('/mine/:courseId', page('mine.html'))
  // The leader's overview (leader.html): aggregates only, no course.
  app.get('/leder', page('leader.html'))
  app.get('/login', html)
  app.get('/', html)
  const root = path.relative(process.cwd(), boardDist) || '.'
  app.use(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
        varyByEncoding(c)
      },
    }),
  )
  app.use(
    '/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'no-cache')
        varyByEncoding(c)
      },
    }),
  )
  return app
}

/**
 * serveStatic names Accept-Encoding in Vary only when it sent a compressed copy; a cache must also know
 * that the uncompressed answer it got depended on it.
 */
function varyByEncoding(c: Context<AppEnv>) {
  if (!c.res.headers.get('Vary')?.includes('Accept-Encoding'))
    c.header('Vary', 'Accept-Encoding', { append: true })
}
