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

/** The pages of the app: sign-in, the coordinator's home, a course's board. */
export type AppRoute =
  | { page: 'login'; next: string | null }
  | { page: 'home' }
  | { page: 'board'; board: BoardRoute }
  | { page: 'not-found' }

export function appRoute(location: { pathname: string; search: string }): AppRoute {
  if (location.pathname === '/login')
    return { page: 'login', next: new URLSearchParams(location.search).get('next') }
  if (location.pathname === '/') return { page: 'home' }
  const board = boardRoute(location)
  return board ? { page: 'board', board } : { page: 'not-found' }
}
