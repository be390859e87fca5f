import type { ConnectionGrant } from './auth/connection-grant.ts'
import type { CourseAccess } from './auth/course-access.ts'
import type { ValidSession } from './auth/sessions.ts'
import type { MemberRole } from './storage/accounts.ts'

/** The typed per-request context of the Hono app (instead of globals). */
export interface AppEnv {
  Variables: {
    /** The signed-in user and session, or null. */
    auth: ValidSession | null
    /** The caller's membership of the course in the path (set by requireCoordinator). */
    membership: MemberRole
    /** The caller's role in the course in the path (set by requireCourseRole). */
    access: CourseAccess
    ip: string | null
    grant: ConnectionGrant
    courseId: string
  }
}
