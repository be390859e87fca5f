import { canvasSchemaTag } from '@bordenden/canvas-schema'
import type { CourseAccess, CourseConnection } from '@bordenden/client'
import { currentCourseUser } from '../identity.ts'
import type { BoardRoute } from '../route.ts'
import { useConnection } from '../useConnection.ts'

/**
 * The board's connection to its course, shown to the others under the board user's name. Whoever may
 * edit keeps the course in this browser, so that edits made while the server is away are not lost with
 * the tab. It says which tldraw record versions it writes, so a server on others tells it to reload.
 */
export function useCourseConnection(route: BoardRoute, access: CourseAccess): CourseConnection | undefined {
  return useConnection(route, currentCourseUser, access.canEdit, canvasSchemaTag)
}
