// The JSON API the home and sign-in pages use (`/api/auth`, `/api/courses`), typed as the server answers
// (the course page adds its own in ../course/api.ts).
// Same origin, so the session cookie goes along and the server's CSRF check sees `Sec-Fetch-Site: same-origin`.

export interface User {
  id: string
  email: string
  name: string
  role: 'admin' | 'coordinator' | 'leder'
}

export interface CourseSummary {
  courseId: string
  title: string
  role: 'owner' | 'coordinator'
}

/** A coordinator on a course; the owner may take the others off it. */
export interface CourseMember {
  userId: string
  name: string
  email: string
  role: 'owner' | 'coordinator'
}

export interface MeetingSummary {
  id: string
  title: string
  /** `YYYY-MM-DD` */
  date: string
  status: 'planned' | 'open' | 'closed'
  invitees: { personId: string; name: string }[]
}

export type LinkKind = 'participant' | 'citizen' | 'viewer'

export interface ShareLink {
  id: string
  kind: LinkKind
  label: string
  meetingId: string | null
  personId: string | null
  createdAt: number
  expiresAt: number | null
  revokedAt: number | null
  editFrom: number | null
  editUntil: number | null
  showPresence: boolean
}

export interface NewLink {
  kind: LinkKind
  label: string
  meetingId?: string
  personId?: string
  meetingDate?: string
  showPresence?: boolean
}

export interface AuditEntry {
  at: number
  actor: string
  /** Who the actor is in words (a coordinator's name, a link's label), when the server knows. */
  actorName: string | null
  action: string
  ip: string | null
  detail: Record<string, string | number | boolean | null>
}

/** A refused or failed request; `status` says why (401 sign in, 403 no access, 429 wait). */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly retryAfterSeconds: number | null
  /** The server's name for the fault, when it gives one (`password_common`, …). */
  readonly code: string | null

  constructor(
    status: number,
    message: string,
    retryAfterSeconds: number | null = null,
    code: string | null = null,
  ) {
    super(message)
    this.status = status
    this.retryAfterSeconds = retryAfterSeconds
    this.code = code
  }
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    const retry = typeof answer.retryAfterSeconds === 'number' ? answer.retryAfterSeconds : null
    const code = typeof answer.code === 'string' ? answer.code : null
    throw new ApiError(response.status, typeof answer.error === 'string' ? answer.error : '', retry, code)
  }
  return answer as T
}

export const api = {
  login: (email: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', { email, password }),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout'),
  me: () => request<{ user: User }>('GET', '/api/auth/me'),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ ok: true }>('POST', '/api/auth/password', { currentPassword, newPassword }),
  courses: () => request<{ courses: CourseSummary[] }>('GET', '/api/courses'),
  course: (courseId: string) =>
    request<{ course: CourseSummary; members: CourseMember[] }>(
      'GET',
      `/api/courses/${encodeURIComponent(courseId)}`,
    ),
  createCourse: (title: string, citizenName: string) =>
    request<{ course: { id: string } }>('POST', '/api/courses', { title, citizenName }),
  addMember: (courseId: string, email: string) =>
    request<{ member: User }>('POST', `/api/courses/${encodeURIComponent(courseId)}/members`, { email }),
  removeMember: (courseId: string, userId: string) =>
    request<{ ok: true }>(
      'DELETE',
      `/api/courses/${encodeURIComponent(courseId)}/members/${encodeURIComponent(userId)}`,
    ),
  meetings: (courseId: string) =>
    request<{ meetings: MeetingSummary[] }>('GET', `/api/courses/${encodeURIComponent(courseId)}/meetings`),
  links: (courseId: string) =>
    request<{ links: ShareLink[] }>('GET', `/api/courses/${encodeURIComponent(courseId)}/links`),
  createLink: (courseId: string, link: NewLink) =>
    request<{ link: ShareLink; token: string; url: string; boardUrl: string; mineUrl: string | null }>(
      'POST',
      `/api/courses/${encodeURIComponent(courseId)}/links`,
      link,
    ),
  setEditWindow: (courseId: string, linkId: string, editFrom: number | null, editUntil: number | null) =>
    request<{ link: ShareLink }>(
      'PATCH',
      `/api/courses/${encodeURIComponent(courseId)}/links/${encodeURIComponent(linkId)}`,
      { editFrom, editUntil },
    ),
  revokeLink: (courseId: string, linkId: string) =>
    request<{ ok: true }>(
      'DELETE',
      `/api/courses/${encodeURIComponent(courseId)}/links/${encodeURIComponent(linkId)}`,
    ),
  audit: (courseId: string) =>
    request<{ entries: AuditEntry[] }>('GET', `/api/courses/${encodeURIComponent(courseId)}/audit`),
}
