import type { AccessLog } from './auth/access-log.ts'
import type { ConnectionGrant } from './auth/connection-grant.ts'
import type { CourseAccess } from './auth/course-access.ts'
import type { ValidSession } from './auth/sessions.ts'

/** The typed per-request context of the Hono app (instead of globals). */
export interface AppEnv {
  Variables: {
    /** The signed-in user and session, or null. */
    auth: ValidSession | null
    /** The caller's role in the course in the path (set by requireCourseRole). */
    access: CourseAccess
    ip: string | null
    /** Where course openings and refusals are written (one per app, so its API window is shared). */
    accessLog: AccessLog
    grant: ConnectionGrant
    courseId: string
  }
}
