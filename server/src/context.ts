import type { ConnectionGrant } from './auth/connection-grant.ts'

/** The typed per-request context of the Hono app (instead of globals). */
export interface AppEnv {
  Variables: {
    grant: ConnectionGrant
    courseId: string
  }
}
