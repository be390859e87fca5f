import { Hono } from 'hono'
import { type AuthorizeConnection, allowEveryone } from './auth/connection-grant.ts'
import type { Config } from './config.ts'
import type { AppEnv } from './context.ts'
import { boardRoutes } from './http/board.ts'
import { securityHeaders } from './http/security-headers.ts'
import type { Logger } from './log.ts'
import type { RoomRegistry } from './sync/rooms.ts'
import { syncRoutes } from './sync/route.ts'

export interface AppDeps {
  config: Config
  log: Logger
  rooms: RoomRegistry
  authorize?: AuthorizeConnection
}

/** The HTTP surface, read top to bottom. */
export function createApp({ config, log, rooms, authorize = allowEveryone }: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use(securityHeaders())

  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/api/config', (c) => c.json({ tldrawLicenseKey: config.tldrawLicenseKey }))
  app.route('/sync', syncRoutes({ rooms, log, authorize, maxBufferedBytes: config.maxMessageBytes * 4 }))
  app.route('/', boardRoutes(config.boardDist))

  app.notFound((c) => c.json({ error: 'not found' }, 404))
  app.onError((error, c) => {
    log.error('request failed', { path: c.req.routePath, error: error.name })
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
