import type { CourseRole } from '@bordenden/contract'

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
  const url = new URL(`api/access/${encodeURIComponent(courseId)}`, withTrailingSlash(serverUrl))
  if (token !== undefined) url.searchParams.set('token', token)
  const response = await fetch(url, {
    signal,
    credentials: 'include',
    headers: { accept: 'application/json' },
  })
  if (response.status === 401) return { kind: 'sign-in-required' }
  if (response.status === 403) return { kind: 'forbidden' }
  if (!response.ok) throw new Error(`GET ${url.pathname} answered ${response.status}`)
  return { kind: 'granted', access: parseAccess(await response.json()) }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

function parseAccess(body: unknown): CourseAccess {
  const { role, canEdit, editUntil, showPresence } = (body ?? {}) as Record<string, unknown>
  if (
    (role !== 'coordinator' && role !== 'participant' && role !== 'citizen' && role !== 'viewer') ||
    typeof canEdit !== 'boolean' ||
    (editUntil !== null && typeof editUntil !== 'number') ||
    typeof showPresence !== 'boolean'
  ) {
    throw new Error('The server answered the access check with an unexpected body')
  }
  return { role, canEdit, editUntil, showPresence }
}
