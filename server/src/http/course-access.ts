import { isValidId } from '@bordenden/model'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { granted, presented } from '../auth/access-log.ts'
import { accessForLink, accessForSession, type CourseAccess, type CourseRole } from '../auth/course-access.ts'
import type { AppEnv } from '../context.ts'
import type { AccountStore } from '../storage/accounts.ts'
import { refuse } from './refusal.ts'
import { presentedSessionToken } from './session.ts'

/** What a route behind requireCourseRole has: the caller's role in the course in the path. */
export type CourseEnv = AppEnv & { Variables: { access: CourseAccess } }

/** A share link's token may come along on any route into a course (`?token=`); clients' `hc` may send it. */
type LinkInput = { in: { query?: { token?: string } }; out: { query?: { token?: string } } }

/**
 * Resolves the caller's role in the course named by `:courseId`, from `?token=` (a share link) or the
 * session cookie, and refuses anyone whose role is not in `roles`. Sets `access` in the context.
 * Every REST route into a course passes here, so this is where the audit log hears of it: every
 * refusal, and an opening once per session or link per course per API_OPENING_WINDOW_MS.
 */
export function requireCourseRole(accounts: AccountStore, roles: readonly CourseRole[]) {
  return createMiddleware<CourseEnv, string, LinkInput>(async (c, next) => {
    const courseId = c.req.param('courseId') ?? ''
    if (!isValidId(courseId)) return refuse(c, 400, 'invalid_course_id')
    const token = c.req.query('token')
    const auth = c.get('auth')
    const log = c.get('accessLog')
    const ip = c.get('ip')
    const access =
      token !== undefined
        ? await accessForLink(accounts, courseId, token)
        : auth
          ? await accessForSession(accounts, courseId, auth)
          : null
    if (!access) {
      const who = presented(token ?? null, presentedSessionToken(c), auth)
      const reason = who.via === 'none' ? 'no credential' : 'no access'
      await log.refused({ courseId, channel: 'api', ...who, reason, role: null }, ip)
      return token || auth ? refuse(c, 403, 'no_course_access') : refuse(c, 401, 'sign_in_required')
    }
    if (!roles.includes(access.role)) {
      await log.refused(
        { courseId, channel: 'api', ...granted(access), reason: 'role', role: access.role },
        ip,
      )
      return refuse(c, 403, 'role_not_allowed')
    }
    await log.opened(access, 'api', ip)
    c.set('access', access)
    await next()
  })
}

/**
 * After requireCourseRole: lets only the course's owner through; a co-coordinator is refused with
 * `owner_only` (in the audit log as `owner only`).
 */
export function requireOwner() {
  return createMiddleware<CourseEnv>(async (c, next) => {
    const access = c.get('access')
    if (access.member === 'owner') return next()
    const courseId = c.req.param('courseId') ?? ''
    await c
      .get('accessLog')
      .refused(
        { courseId, channel: 'api', ...granted(access), reason: 'owner only', role: access.role },
        c.get('ip'),
      )
    return refuse(c, 403, 'owner_only')
  })
}

/**
 * For routes that read every course of the signed-in coordinator at once (follow-ups, overview): each
 * course read counts as an opening through the API, logged as requireCourseRole logs one.
 */
export async function logCourseRead(c: Context<AppEnv>, accounts: AccountStore, courseId: string) {
  const auth = c.get('auth')
  const access = auth ? await accessForSession(accounts, courseId, auth) : null
  if (access) await c.get('accessLog').opened(access, 'api', c.get('ip'))
}
