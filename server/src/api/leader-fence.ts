import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import { refuse } from '../http/refusal.ts'

/** What a leader's session may reach under /api: signing in and out, her password, and her overview. */
const LEADER_PATHS = ['/api/auth/', '/api/leader/']

/**
 * A leader sees aggregates only: every other API route refuses her session before it runs, so a route
 * added later is closed to her too (tests/integration/leader-access.test.ts walks every route). The
 * sockets refuse her in accessForSession.
 */
export const leaderFence: MiddlewareHandler<AppEnv> = async (c, next) => {
  const auth = c.get('auth')
  if (auth?.user.role === 'leder' && !LEADER_PATHS.some((p) => c.req.path.startsWith(p)))
    return refuse(c, 403, 'leader_aggregates_only')
  await next()
}
