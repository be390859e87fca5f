// Its own entry: the service worker imports this module and must not pull in the sync client.
import { checkBordenden } from '@bordenden/client/server-check'
import { ApiError } from '@bordenden/contract'
import { type Answer, answer, apiClient } from '@bordenden/contract/api'
import type { AgreementStatus, Locale } from '@bordenden/model'
import type { CourseFollowUps, CourseOverview, RecordSummary } from '@bordenden/ui/panel'
import type { ClientResponse } from 'hono/client'
import { PanelError } from './panel-error.ts'
import { dropHostPermission, ensureHostPermission, serverOrigin } from './server-origin.ts'
import { type Settings, writeSettings } from './settings.ts'

/** The API at `serverUrl` with the token as `Authorization: Bearer`; never a cookie, so the server's CSRF rules do not apply. */
export const clientFor = (serverUrl: string, token: string | null) =>
  apiClient(serverUrl, {
    init: { credentials: 'omit' },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })

/**
 * The answer of one call. A refusal with the server's code stays an ApiError (the panel says it in the
 * reader's language); a server that cannot be reached, or answers without a code, is a PanelError.
 */
async function call<R extends ClientResponse<unknown>>(
  token: string | null,
  request: Promise<R>,
): Promise<Answer<R>> {
  try {
    return await answer(request)
  } catch (error) {
    if (!(error instanceof ApiError)) throw error instanceof TypeError ? new PanelError('unreachable') : error
    // A token the server no longer knows (revoked, expired, password changed): back to signing in.
    if (error.status === 401 && token) await writeSettings({ token: null, user: null })
    throw error.code ? error : new PanelError('serverError', { status: error.status })
  }
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
  const login = clientFor(serverUrl, null).api.auth.login.$post({
    json: { email, password, client: 'extension' },
  })
  const signedIn = await call(null, login)
  // Only the extension's sign-in answers with a token; a browser's gets a cookie instead.
  if (signedIn.client !== 'extension') throw new PanelError('serverError', { status: 200 })
  if (previousServerUrl !== serverUrl) await dropHostPermission(previousServerUrl)
  const { locale, ...user } = signedIn.user
  // The person's language, chosen in the web app or here before: the extension speaks it from now on.
  return { serverUrl, token: signedIn.token, user, ...(locale ? { locale } : {}) }
}

/** The server's API as the signed-in extension sees it. */
export class BordendenApi {
  readonly serverUrl: string
  private readonly token: string

  constructor(serverUrl: string, token: string) {
    this.serverUrl = serverUrl
    this.token = token
  }

  private get api() {
    return clientFor(this.serverUrl, this.token).api
  }

  private call<R extends ClientResponse<unknown>>(request: Promise<R>) {
    return call(this.token, request)
  }

  overview(): Promise<{ today: string; courses: CourseOverview[] }> {
    return this.call(this.api.overview.$get())
  }

  followUps(): Promise<{ today: string; courses: CourseFollowUps[] }> {
    return this.call(this.api['follow-ups'].$get())
  }

  changeStatus(courseId: string, agreementId: string, to: AgreementStatus, note: string) {
    const agreement = { param: { courseId, agreementId }, json: { to, note } }
    return this.call(this.api.agreements[':courseId'][':agreementId'].status.$post(agreement))
  }

  access(courseId: string): Promise<{ canEdit: boolean }> {
    return this.call(this.api.access[':courseId'].$get({ param: { courseId } }))
  }

  records(courseId: string): Promise<{ records: RecordSummary[] }> {
    return this.call(this.api.records[':courseId'].$get({ param: { courseId } }))
  }

  journalText(courseId: string, recordId: string): Promise<string> {
    return this.call(
      this.api.records[':courseId'][':recordId']['journal.txt'].$get({
        param: { courseId, recordId },
        query: {},
      }),
    )
  }

  /** Notes who received an approved record; with e-mail set up the server also mails it. */
  markSent(courseId: string, recordId: string, recipients: string[]) {
    return this.call(
      this.api.records[':courseId'][':recordId'].send.$post({
        param: { courseId, recordId },
        json: { recipients },
      }),
    )
  }

  printable(courseId: string, recordId: string): Promise<string> {
    return this.call(this.api.records[':courseId'][':recordId'].print.$get({ param: { courseId, recordId } }))
  }

  /** Ends this token's session on the server (it is revoked there, not just forgotten here). */
  signOut() {
    return this.call(this.api.auth.logout.$post())
  }

  /** The language stored on the account, null until the person chooses one. */
  async locale(): Promise<Locale | null> {
    return (await this.call(this.api.auth.me.$get())).user.locale
  }

  setLocale(locale: Locale) {
    return this.call(this.api.auth.locale.$put({ json: { locale } }))
  }

  boardUrl(courseId: string) {
    return `${this.serverUrl}/board/${encodeURIComponent(courseId)}`
  }
}
