import type { AuditAction } from '@bordenden/contract'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import type { AuditEntry, AuditStore } from '../storage/accounts.ts'
import type { CourseEnv } from './course-access.ts'

/**
 * Writes one audit entry about the request in hand. Who, which course and from where are the request's
 * (the course access's actor, else the signed-in user; the course of that access); `about` names them
 * when the request is not the one to say (a sign-in, a course just created).
 */
export type WriteAudit = (
  action: AuditAction,
  detail?: AuditEntry['detail'],
  about?: Partial<Pick<AuditEntry, 'at' | 'actor' | 'courseId'>>,
) => Promise<void>

/** Sets `audit` in the context: the one way routes write to the audit log. */
export function auditTrail(log: AuditStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('audit', (action, detail = {}, about = {}) => {
      // Set by the route's requireCourseRole, if it has one (see CourseEnv).
      const { access } = c.var as Partial<CourseEnv['Variables']>
      const auth = c.get('auth')
      return log.append({
        at: about.at ?? Date.now(),
        actor: about.actor ?? access?.actor ?? (auth ? `user:${auth.user.id}` : 'unknown'),
        action,
        courseId: about.courseId !== undefined ? about.courseId : (access?.courseId ?? null),
        ip: c.get('ip'),
        detail,
      })
    })
    await next()
  }
}
