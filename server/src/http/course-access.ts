import { isValidId } from '@bordenden/model'
import type { MiddlewareHandler } from 'hono'
import { accessForLink, accessForSession, type CourseRole } from '../auth/course-access.ts'
import type { AppEnv } from '../context.ts'
import type { AccountStore } from '../storage/accounts.ts'

/**
 * Resolves the caller's role in the course named by `:courseId`, from `?token=` (a share link) or the
 * session cookie, and refuses anyone whose role is not in `roles`. Sets `access` in the context.
 */
export function requireCourseRole(
  accounts: AccountStore,
  roles: readonly CourseRole[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const courseId = c.req.param('courseId') ?? ''
    if (!isValidId(courseId)) return c.json({ error: 'invalid course id' }, 400)
    const token = c.req.query('token')
    const auth = c.get('auth')
    const access =
      token !== undefined
        ? await accessForLink(accounts, courseId, token)
        : auth
          ? await accessForSession(accounts, courseId, auth)
          : null
    if (!access) return c.json({ error: 'Du har ikke adgang til dette forløb' }, token || auth ? 403 : 401)
    if (!roles.includes(access.role)) return c.json({ error: 'Det kan du ikke med din adgang' }, 403)
    c.set('access', access)
    await next()
  }
}
