import { isValidId } from '@bordenden/model'
import { upgradeWebSocket } from '@hono/node-server'
import { Hono } from 'hono'
import type { AuthorizeConnection } from '../auth/connection-grant.ts'
import type { AppEnv } from '../context.ts'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from './rooms.ts'
import { createSyncSocket } from './socket.ts'

export interface SyncRouteOptions {
  rooms: RoomRegistry
  log: Logger
  authorize: AuthorizeConnection
  maxBufferedBytes: number
}

/** `GET /sync/:courseId` — the y-websocket endpoint. Refusals happen before the upgrade. */
export function syncRoutes(options: SyncRouteOptions) {
  const { rooms, log, authorize, maxBufferedBytes } = options
  return new Hono<AppEnv>().get(
    '/:courseId',
    async (c, next) => {
      const courseId = c.req.param('courseId')
      if (!isValidId(courseId)) return c.json({ error: 'invalid course id' }, 400)
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json({ error: 'expected a websocket upgrade' }, 426)
      }
      const grant = await authorize({ courseId, url: new URL(c.req.url), headers: c.req.raw.headers })
      if (!grant) return c.json({ error: 'no access to this course' }, 403)
      c.set('courseId', courseId)
      c.set('grant', grant)
      await next()
    },
    upgradeWebSocket((c) => {
      const grant = c.get('grant')
      return createSyncSocket({
        rooms,
        log,
        docId: c.get('courseId'),
        role: grant.role,
        actor: grant.actor,
        maxBufferedBytes,
      })
    }),
  )
}
