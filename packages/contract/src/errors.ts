/**
 * Why the server refused a request. It answers `{ error: { code, details? } }`; clients say it in the
 * reader's language (@bordenden/ui's error texts), so the server speaks no language of its own.
 */
export const ErrorCodes = [
  // Any route
  'invalid_body',
  'not_found',
  'internal_error',
  'cross_site_refused',
  'websocket_expected',
  // Who is asking
  'sign_in_required',
  'invalid_course_id',
  'no_course_access',
  'role_not_allowed',
  'owner_only',
  'coordinators_only',
  // Signing in and passwords
  'wrong_credentials',
  'too_many_attempts',
  'wrong_current_password',
  'password_too_short',
  'password_too_long',
  'password_common',
  // Courses, members and links
  'no_such_coordinator',
  'not_a_member',
  'owner_not_removable',
  'already_owner',
  'meeting_not_found',
  'person_not_found',
  'link_not_found',
  'viewer_read_only',
  'link_revoked',
  'title_mismatch',
  // Changes the model refuses (details.reason says which rule, in English, for the operator)
  'change_refused',
  'agreement_not_found',
  'own_agreements_only',
  'meeting_not_held',
  // Records
  'record_not_found',
  'record_changed',
  'record_already_approved',
  'record_busy',
  'record_not_approved',
  'record_already_sent',
  'unknown_recipients',
  // The citizen's suggestions and questionnaires
  'too_many_suggestions',
  'suggestion_not_found',
  'suggestion_settled',
  'no_meeting_planned',
  'no_questionnaire_due',
  // The leader's overview: aggregates only
  'leaders_only',
  'leader_aggregates_only',
] as const
export type ErrorCode = (typeof ErrorCodes)[number]

export type ErrorDetails = Record<string, unknown>

/** The body of every refusal. */
export interface Refusal {
  error: { code: ErrorCode; details?: ErrorDetails }
}

const knownCodes: ReadonlySet<string> = new Set(ErrorCodes)

/** A refused or failed request: the status, and the server's code for why when it gave one. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly code: ErrorCode | null
  readonly details: ErrorDetails
  /** From a 429: how long to wait before trying again. */
  readonly retryAfterSeconds: number | null

  constructor(status: number, code: ErrorCode | null = null, details: ErrorDetails = {}) {
    super(`the server answered ${status}${code ? ` (${code})` : ''}`)
    this.status = status
    this.code = code
    this.details = details
    const retry = details.retryAfterSeconds
    this.retryAfterSeconds = typeof retry === 'number' ? retry : null
  }

  /** The error an answer carries, read defensively: a proxy's page or an older server may answer too. */
  static async of(response: Response): Promise<ApiError> {
    const body = (await response.json().catch(() => null)) as Partial<Refusal> | null
    const code = body?.error?.code
    const details = body?.error?.details
    return new ApiError(
      response.status,
      typeof code === 'string' && knownCodes.has(code) ? code : null,
      typeof details === 'object' && details !== null ? details : {},
    )
  }
}
