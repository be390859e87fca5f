import { isValidId } from '@bordenden/model'
import { upgradeWebSocket } from '@hono/node-server'
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { bearerFromSubprotocols } from '../auth/bearer.ts'
import type { AuthorizeConnection } from '../auth/connection-grant.ts'
import type { LiveConnections } from '../auth/live-connections.ts'
import type { AppEnv } from '../context.ts'
import { clientIp } from '../http/client-ip.ts'
import { SESSION_COOKIE } from '../http/session.ts'
import type { Logger } from '../log.ts'
import { syncTraffic } from '../ops/sync-traffic.ts'
import type { RoomRegistry } from './rooms.ts'
import { createSyncSocket } from './socket.ts'

export interface SyncRouteOptions {
  rooms: RoomRegistry
  log: Logger
  authorize: AuthorizeConnection
  live: LiveConnections
  maxBufferedBytes: number
  keepaliveMs: number
  trustProxy: boolean
}

/** `GET /sync/:courseId` — the y-websocket endpoint. Refusals happen before the upgrade. */
export function syncRoutes(options: SyncRouteOptions) {
  const { rooms, log, authorize, live, maxBufferedBytes, keepaliveMs, trustProxy } = options
  return new Hono<AppEnv>().get(
    '/:courseId',
    async (c, next) => {
      const courseId = c.req.param('courseId')
      if (!isValidId(courseId)) {
        syncTraffic.refuse('invalid course id')
        return c.json({ error: 'invalid course id' }, 400)
      }
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        syncTraffic.refuse('not a websocket')
        return c.json({ error: 'expected a websocket upgrade' }, 426)
      }
      const linkToken = c.req.query('token') ?? null
      // The extension's bearer token comes as an offered subprotocol; a browser page's session as a cookie.
      const sessionToken =
        bearerFromSubprotocols(c.req.header('sec-websocket-protocol')) ?? getCookie(c, SESSION_COOKIE) ?? null
      const grant = await authorize({ courseId, linkToken, sessionToken, ip: clientIp(c, trustProxy) })
      if (!grant) {
        const anonymous = linkToken === null && sessionToken === null
        syncTraffic.refuse(anonymous ? 'not signed in' : 'no access')
        return c.json(
          { error: anonymous ? 'sign in or use a link' : 'no access to this course' },
          anonymous ? 401 : 403,
        )
      }
      c.set('courseId', courseId)
      c.set('grant', grant)
      await next()
    },
    upgradeWebSocket((c) =>
      createSyncSocket({
        rooms,
        log,
        live,
        docId: c.get('courseId'),
        grant: c.get('grant'),
        maxBufferedBytes,
        keepaliveMs,
      }),
    ),
  )
}
