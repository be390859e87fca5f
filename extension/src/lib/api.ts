// Its own entry: the service worker imports this module and must not pull in the sync client.
import { checkBordenden } from '@bordenden/client/server-check'
import type { AgreementStatus } from '@bordenden/model'
import type { CourseFollowUps, CourseOverview, RecordSummary } from '@bordenden/ui/panel'
import { PanelError } from './panel-error.ts'
import { dropHostPermission, ensureHostPermission, serverOrigin } from './server-origin.ts'
import { type Settings, writeSettings } from './settings.ts'

/**
 * Sends the token as `Authorization: Bearer`; never a cookie, so the server's CSRF rules do not apply.
 * A refusal carries the server's own words when it gave any (the server speaks Danish).
 */
async function call<T>(
  serverUrl: string,
  token: string | null,
  path: string,
  init: RequestInit = {},
): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${serverUrl}${path}`, {
      ...init,
      credentials: 'omit',
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
  } catch {
    throw new PanelError('unreachable')
  }
  // A token the server no longer knows (revoked, expired, password changed): back to signing in.
  if (response.status === 401 && token) await writeSettings({ token: null, user: null })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: unknown }
    throw typeof body.error === 'string'
      ? new Error(body.error)
      : new PanelError('serverError', { status: response.status })
  }
  const type = response.headers.get('content-type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

/**
 * Signs in with the same account as the board, and answers with the extension's own token. Signed in
 * at another server than before, the extension gives up its access to the one before.
 */
export async function signIn(
  input: string,
  email: string,
  password: string,
  previousServerUrl: string,
): Promise<Partial<Settings>> {
  const serverUrl = serverOrigin(input)
  await ensureHostPermission(serverUrl)
  const check = await checkBordenden(serverUrl)
  if (check !== 'bordenden') {
    throw new PanelError(
      check === 'notReady' ? 'serverNotReady' : check === 'unreachable' ? 'unreachable' : 'notBordenden',
    )
  }
  const body = JSON.stringify({ email, password, client: 'extension' })
  const answer = await call<{ token: string; user: Settings['user'] }>(serverUrl, null, '/api/auth/login', {
    method: 'POST',
    body,
  })
  if (previousServerUrl !== serverUrl) await dropHostPermission(previousServerUrl)
  return { serverUrl, token: answer.token, user: answer.user }
}

/** The server's API as the signed-in extension sees it. */
export class BordendenApi {
  readonly serverUrl: string
  private readonly token: string

  constructor(serverUrl: string, token: string) {
    this.serverUrl = serverUrl
    this.token = token
  }

  private get<T>(path: string) {
    return call<T>(this.serverUrl, this.token, path)
  }

  private post<T>(path: string, body: unknown) {
    return call<T>(this.serverUrl, this.token, path, { method: 'POST', body: JSON.stringify(body) })
  }

  overview() {
    return this.get<{ today: string; courses: CourseOverview[] }>('/api/overview')
  }

  followUps() {
    return this.get<{ today: string; courses: CourseFollowUps[] }>('/api/follow-ups')
  }

  changeStatus(courseId: string, agreementId: string, to: AgreementStatus, note: string) {
    return this.post(`/api/agreements/${courseId}/${agreementId}/status`, { to, note })
  }

  access(courseId: string) {
    return this.get<{ canEdit: boolean }>(`/api/access/${courseId}`)
  }

  records(courseId: string) {
    return this.get<{ records: RecordSummary[] }>(`/api/records/${courseId}`)
  }

  journalText(courseId: string, recordId: string) {
    return this.get<string>(`/api/records/${courseId}/${recordId}/journal.txt`)
  }

  /** Notes who received an approved record (the municipality's own channel does the sending). */
  markSent(courseId: string, recordId: string, recipients: string[]) {
    return this.post(`/api/records/${courseId}/${recordId}/send`, { recipients })
  }

  printable(courseId: string, recordId: string) {
    return this.get<string>(`/api/records/${courseId}/${recordId}/print`)
  }

  /** Ends this token's session on the server (it is revoked there, not just forgotten here). */
  signOut() {
    return this.post('/api/auth/logout', {})
  }

  boardUrl(courseId: string) {
    return `${this.serverUrl}/board/${encodeURIComponent(courseId)}`
  }
}
