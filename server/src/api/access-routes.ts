import { Hono } from 'hono'
import { CourseRoles } from '../auth/course-access.ts'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import type { Storage } from '../storage/storage.ts'

/**
 * `GET /api/access/:courseId[?token=]`: what the caller may do in a course, so a client can show
 * "read-only" before it tries to edit. The server enforces the same answer on the websocket.
 */
export function accessRoutes({ storage }: { storage: Storage }) {
  return new Hono<AppEnv>().get('/:courseId', requireCourseRole(storage.accounts, CourseRoles), (c) => {
    const { courseId, role, canEdit, editUntil, showPresence } = c.get('access')
    return c.json({ courseId, role, canEdit, editUntil, showPresence })
  })
}
