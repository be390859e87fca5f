import type { CourseAccess, CourseConnection } from '@bordenden/client'
import { currentCourseUser } from '../identity.ts'
import type { BoardRoute } from '../route.ts'
import { useConnection } from '../useConnection.ts'

/**
 * The board's connection to its course, shown to the others under the board user's name. Whoever may
 * edit keeps the course in this browser, so that edits made while the server is away are not lost with
 * the tab.
 */
export function useCourseConnection(route: BoardRoute, access: CourseAccess): CourseConnection | undefined {
  return useConnection(route, currentCourseUser, access.canEdit)
}
