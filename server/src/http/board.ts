import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../context.ts'

/**
 * The built board app. `/board/:courseId`, `/login` and `/` are client-side routes, so they get index.html;
 * the citizen's page `/citizen/:courseId` gets citizen.html (its own entry, without tldraw), an owner's
 * `/mine/:courseId` gets mine.html; everything else
 * is a file from the build. Missing build → a clear 503 instead of a blank page.
 */
export function boardRoutes(boardDist: string) {
  const app = new Hono<AppEnv>()
  const notBuilt = (c: Context<AppEnv>) =>
    c.text('The board app is not built. Run `pnpm build` (or ./scripts/start.sh).', 503)
  if (!existsSync(path.join(boardDist, 'index.html'))) {
    app.get('*', notBuilt)
    return app
  }
  const page = (file: string) => {
    const filePath = path.join(boardDist, file)
    if (!existsSync(filePath)) return notBuilt
    const content = readFileSync(filePath, 'utf8')
    return (c: Context<AppEnv>) => {
      c.header('Cache-Control', 'no-cache')
      return c.html(content)
    }
  }
  const html = page('index.html')
  app.get('/board/:courseId', html)
  app.get('/citizen/:courseId', page('citizen.html'))
  // An agreement owner's own page (mine.html); a build from before it has none, so it is optional.
  app.get('/mine/:courseId', page('mine.html'))
  app.get('/login', html)
  app.get('/', html)
  app.use(
    '/assets/*',
    serveStatic({
      root: path.relative(process.cwd(), boardDist) || '.',
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  app.use('/*', serveStatic({ root: path.relative(process.cwd(), boardDist) || '.' }))
  return app
}
