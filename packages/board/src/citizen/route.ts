import { isValidId } from '@bordenden/model'

/** The pages opened with a share link: `/<page>/<courseId>?token=<the link>`. */
export interface CitizenRoute {
  courseId: string
  token?: string
}

/** The course and token of a link page's address, or undefined when the address is not `page`'s. */
export function linkPageRoute(
  page: 'citizen' | 'mine',
  { pathname, search }: { pathname: string; search: string },
): CitizenRoute | undefined {
  const courseId = new RegExp(`^/${page}/([^/]+)/?$`).exec(pathname)?.[1]
  if (courseId === undefined || !isValidId(courseId)) return undefined
  const token = new URLSearchParams(search).get('token')
  return token ? { courseId, token } : { courseId }
}

/** The citizen page's address: `/citizen/<courseId>?token=<the citizen's link>`. */
export const citizenRoute = (location: { pathname: string; search: string }) =>
  linkPageRoute('citizen', location)
