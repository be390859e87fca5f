import { isValidId } from '@bordenden/model'

/** The pages opened with a share link: `/<page>/<courseId>?token=<the link>`. */
export interface CitizenRoute {
  courseId: string
  token?: string
}

/**
 * A link page's call to the API (`hc` arguments): the course and any further `params` in the path, and the
 * link's token as `?token=` when the page was opened through one (a coordinator has a session instead).
 */
export function linkRequest<Params extends Record<string, string>>(
  { courseId, token }: CitizenRoute,
  params?: Params,
) {
  return {
    param: { courseId, ...params } as { courseId: string } & Params,
    query: token === undefined ? {} : { token },
  }
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
