import { isValidId } from '@bordenden/model'

const BOARD_PATH = /^\/board\/([^/]+)\/?$/

/** What a board address names: `/board/<courseId>`, and `?token=` when it is a share link. */
export interface BoardRoute {
  courseId: string
  token?: string
}

/** The board route of an address, or undefined when the address is not a board's. */
export function boardRoute({
  pathname,
  search,
}: {
  pathname: string
  search: string
}): BoardRoute | undefined {
  const courseId = BOARD_PATH.exec(pathname)?.[1]
  if (courseId === undefined || !isValidId(courseId)) return undefined
  const token = new URLSearchParams(search).get('token')
  return token ? { courseId, token } : { courseId }
}

/** The pages of the app: sign-in, the coordinator's home, a course's page for its coordinators, its board. */
export type AppRoute =
  | { page: 'login'; next: string | null }
  | { page: 'home' }
  | { page: 'course'; courseId: string }
  | { page: 'board'; board: BoardRoute }
  | { page: 'not-found' }

/**
 * The course page's address. A query on `/` rather than a path of its own: the server hands index.html
 * only to the paths it knows (`/`, `/login`, `/board/:id`, `/citizen/:id`).
 */
export const coursePageUrl = (courseId: string) => `/?${new URLSearchParams({ course: courseId })}`

export function appRoute(location: { pathname: string; search: string }): AppRoute {
  if (location.pathname === '/login')
    return { page: 'login', next: new URLSearchParams(location.search).get('next') }
  if (location.pathname === '/') {
    const courseId = new URLSearchParams(location.search).get('course')
    if (courseId === null) return { page: 'home' }
    return isValidId(courseId) ? { page: 'course', courseId } : { page: 'not-found' }
  }
  const board = boardRoute(location)
  return board ? { page: 'board', board } : { page: 'not-found' }
}
