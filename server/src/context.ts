import type { Context } from 'hono'
import type { AccessLog } from './auth/access-log.ts'
import type { ValidSession } from './auth/sessions.ts'
import type { WriteAudit } from './http/audit-trail.ts'

/**
 * The typed per-request context every route has (instead of globals). What only some routes have is
 * added by the middleware that sets it: `CourseEnv` by requireCourseRole (http/course-access.ts).
 */
export interface AppEnv {
  Variables: {
    /** The signed-in user and session, or null. */
    auth: ValidSession | null
    ip: string | null
    /** Where course openings and refusals are written (one per app, so its API window is shared). */
    accessLog: AccessLog
    /** Writes an audit entry about this request (see http/audit-trail.ts). */
    audit: WriteAudit
  }
}

/**
 * What helpers shared by routes read of a request: any route's context fits, whatever its middleware
 * added (a `Context<AppEnv>` parameter would refuse a route's richer one).
 */
export type RequestContext = Pick<Context<AppEnv>, 'get' | 'req' | 'header'>
