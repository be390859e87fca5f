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
