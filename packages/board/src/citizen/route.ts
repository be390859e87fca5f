import { isValidId } from '@bordenden/model'

const CITIZEN_PATH = /^\/citizen\/([^/]+)\/?$/

/** The citizen page's address: `/citizen/<courseId>?token=<the citizen's link>`. */
export interface CitizenRoute {
  courseId: string
  token?: string
}

export function citizenRoute({
  pathname,
  search,
}: {
  pathname: string
  search: string
}): CitizenRoute | undefined {
  const courseId = CITIZEN_PATH.exec(pathname)?.[1]
  if (courseId === undefined || !isValidId(courseId)) return undefined
  const token = new URLSearchParams(search).get('token')
  return token ? { courseId, token } : { courseId }
}
