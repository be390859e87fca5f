import type { CourseConnection } from '@bordenden/client'
import { currentCourseUser } from '../identity.ts'
import type { BoardRoute } from '../route.ts'
import { useConnection } from '../useConnection.ts'

/** The board's connection to its course, shown to the others under the board user's name. */
export function useCourseConnection(route: BoardRoute): CourseConnection | undefined {
  return useConnection(route, currentCourseUser)
}
