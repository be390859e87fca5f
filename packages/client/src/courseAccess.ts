import { type CourseRole, CourseRoles } from '@bordenden/contract'
import { ApiError, apiClient } from '@bordenden/contract/api'

export type { CourseRole }

/** What this client may do in a course, as the server will enforce it on the socket. */
export interface CourseAccess {
  role: CourseRole
  canEdit: boolean
  /** When editing ends (a participant link's meeting window), in ms since the epoch; null if it does not. */
  editUntil: number | null
  /** Whether the others see this client's cursor and name. */
  showPresence: boolean
}

export type CourseAccessResult =
  | { kind: 'granted'; access: CourseAccess }
  /** No session and no link: the person has to sign in. */
  | { kind: 'sign-in-required' }
  /** Signed in or linked, but not to this course, or the link was revoked or has expired. */
  | { kind: 'forbidden' }

export interface CourseAccessRequest {
  serverUrl: string
  courseId: string
  /** A share link's token; without it the session cookie decides. */
  token?: string
}

/**
 * Asks the server what this client may do in a course (`GET /api/access/:courseId`). A websocket cannot
 * tell why its upgrade was refused, so clients ask first, and again after reconnecting, since an edit
 * window can close while the socket is down.
 */
export async function fetchCourseAccess(
  { serverUrl, courseId, token }: CourseAccessRequest,
  signal?: AbortSignal,
): Promise<CourseAccessResult> {
  const api = apiClient(serverUrl, { init: { credentials: 'include' } })
  const response = await api.api.access[':courseId'].$get(
    { param: { courseId }, query: token === undefined ? {} : { token } },
    { init: { signal } },
  )
  if (response.status === 401) return { kind: 'sign-in-required' }
  if (response.status === 403) return { kind: 'forbidden' }
  if (!response.ok) throw await ApiError.of(response)
  const { role, canEdit, editUntil, showPresence } = await response.json()
  // The extension may meet a server of another release: a role it does not know grants nothing.
  if (!CourseRoles.includes(role))
    throw new Error('The server answered the access check with an unexpected role')
  return { kind: 'granted', access: { role, canEdit, editUntil, showPresence } }
}
