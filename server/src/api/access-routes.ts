import { isValidId } from '@bordenden/model'
import { Hono } from 'hono'
import { accessForLink, accessForSession, type CourseAccess } from '../auth/course-access.ts'
import type { AppEnv } from '../context.ts'
import type { Storage } from '../storage/storage.ts'

/**
 * `GET /api/access/:courseId[?token=]`: what the caller may do in a course, so a client can show
 * "read-only" before it tries to edit. The server enforces the same answer on the websocket.
 */
export function accessRoutes({ storage }: { storage: Storage }) {
  return new Hono<AppEnv>().get('/:courseId', async (c) => {
    const courseId = c.req.param('courseId')
    if (!isValidId(courseId)) return c.json({ error: 'invalid course id' }, 400)
    const token = c.req.query('token')
    const auth = c.get('auth')
    let access: CourseAccess | null = null
    if (token !== undefined) access = await accessForLink(storage.accounts, courseId, token)
    else if (auth) access = await accessForSession(storage.accounts, courseId, auth)
    if (!access) return c.json({ error: 'Du har ikke adgang til dette forløb' }, token || auth ? 403 : 401)
    const { role, canEdit, editUntil, showPresence } = access
    return c.json({ courseId, role, canEdit, editUntil, showPresence })
  })
}
