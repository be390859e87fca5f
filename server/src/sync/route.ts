import { canvasSchemaTag, checkCanvasRecord, isCurrentCanvasSchema } from '@bordenden/canvas-schema'
import { courseDocShapeWith, isValidId, privateDocId, privateDocShape } from '@bordenden/model'
import { upgradeWebSocket } from '@hono/node-server'
import { type Context, Hono, type Next } from 'hono'
import { getCookie } from 'hono/cookie'
import { bearerFromSubprotocols } from '../auth/bearer.ts'
import type { AuthorizeConnection, ConnectionGrant } from '../auth/connection-grant.ts'
import type { LiveConnections } from '../auth/live-connections.ts'
import type { AppEnv } from '../context.ts'
import { clientIp } from '../http/client-ip.ts'
import { refuse } from '../http/refusal.ts'
import { SESSION_COOKIE } from '../http/session.ts'
import type { Logger } from '../log.ts'
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

/** What the upgrade check hands the socket: the course and what this connection may do there. */
type SyncEnv = AppEnv & { Variables: { courseId: string; grant: ConnectionGrant } }

/** The course document's shape, with every canvas record validated by tldraw's own schema of the board. */
const courseDocShape = courseDocShapeWith({ canvasRecord: checkCanvasRecord, isCurrentCanvasSchema })

/**
 * `GET /sync/:courseId` — the y-websocket endpoint of a course's shared document, for everyone with a
 * role; `GET /sync/:courseId/private` — its coordinator-only document (contacts, consent, people the
 * citizen does not want involved), for the course's coordinators only. Refusals happen before the upgrade.
 */
export function syncRoutes(options: SyncRouteOptions) {
  const { rooms, log, authorize, live, maxBufferedBytes, keepaliveMs, trustProxy } = options
  const traffic = rooms.traffic
  const endpoint = (document: 'shared' | 'private') =>
    [
      async (c: Context<SyncEnv>, next: Next) => {
        const courseId = c.req.param('courseId') ?? ''
        if (!isValidId(courseId)) {
          traffic.refuse('invalid course id')
          return refuse(c, 400, 'invalid_course_id')
        }
        if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
          traffic.refuse('not a websocket')
          return refuse(c, 426, 'websocket_expected')
        }
        const linkToken = c.req.query('token') ?? null
        // The extension's bearer token comes as an offered subprotocol; a browser page's session as a cookie.
        const sessionToken =
          bearerFromSubprotocols(c.req.header('sec-websocket-protocol')) ??
          getCookie(c, SESSION_COOKIE) ??
          null
        const grant = await authorize({ courseId, linkToken, sessionToken, ip: clientIp(c, trustProxy) })
        if (!grant || (document === 'private' && !grant.seesPrivate)) {
          const anonymous = linkToken === null && sessionToken === null
          traffic.refuse(anonymous ? 'not signed in' : 'no access')
          return anonymous ? refuse(c, 401, 'sign_in_required') : refuse(c, 403, 'no_course_access')
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
          docId: document === 'private' ? privateDocId(c.get('courseId')) : c.get('courseId'),
          grant: c.get('grant'),
          maxBufferedBytes,
          keepaliveMs,
          shape: document === 'private' ? privateDocShape : courseDocShape,
          clientSchema: schemaParam(c.req.query('schema'), c.req.query('canvas')),
        }),
      ),
    ] as const
  return new Hono<SyncEnv>()
    .get('/:courseId/private', ...endpoint('private'))
    .get('/:courseId', ...endpoint('shared'))
}

/**
 * `?schema=` as the client sent it: a version number, or null when it did not say (or said nonsense, -1).
 * A board also says which tldraw record versions it writes (`?canvas=`, canvas-schema's tag): on other
 * versions than this build's it must reload just the same, so it counts as another schema version (-1).
 */
function schemaParam(value: string | undefined, canvas: string | undefined): number | null {
  if (canvas !== undefined && canvas !== canvasSchemaTag) return -1
  if (value === undefined) return null
  return /^\d{1,6}$/.test(value) ? Number(value) : -1
}
