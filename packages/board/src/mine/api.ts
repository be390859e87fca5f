import { ApiError, type ErrorCode } from '@bordenden/contract'
import type { AgreementStatus } from '@bordenden/model'
import type { CitizenRoute } from '../citizen/route.ts'

/** Where the page was opened: the course and the owner's link. */
export type OwnerRoute = CitizenRoute

export interface OwnAgreement {
  id: string
  what: string
  dueDate: string | null
  status: AgreementStatus
  lastChange: { to: AgreementStatus; at: number; note: string } | null
}

export interface OwnAgreements {
  owner: string | null
  agreements: OwnAgreement[]
}

function agreementsUrl({ courseId, token }: OwnerRoute, ...rest: string[]): string {
  const path = `/api/agreements/${[courseId, ...rest].map(encodeURIComponent).join('/')}`
  return token === undefined ? path : `${path}?${new URLSearchParams({ token })}`
}

/** The server refused for a reason the owner can act on (no access, not the owner's, gone). */
export class ReportRefused extends Error {
  override name = 'ReportRefused'
  readonly code: ErrorCode
  constructor(code: ErrorCode) {
    super(code)
    this.code = code
  }
}

/** A refusal the owner can act on keeps the server's code; anything else is a plain failure. */
async function failure(response: Response): Promise<Error> {
  const { code } = await ApiError.of(response)
  if (code && [401, 403, 404].includes(response.status)) return new ReportRefused(code)
  return new Error(`the server answered ${response.status}`)
}

/** The link's own agreements; the server decides which are theirs. */
export async function fetchOwnAgreements(route: OwnerRoute, signal?: AbortSignal): Promise<OwnAgreements> {
  const response = await fetch(agreementsUrl(route, 'mine'), {
    signal,
    headers: { accept: 'application/json' },
  })
  if (!response.ok) throw await failure(response)
  return (await response.json()) as OwnAgreements
}

export async function reportStatus(
  route: OwnerRoute,
  agreementId: string,
  report: { to: AgreementStatus; note: string },
): Promise<void> {
  const response = await fetch(agreementsUrl(route, agreementId, 'status'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(report),
  })
  if (!response.ok) throw await failure(response)
}
