import { answer } from '@bordenden/contract/api'
import type { AgreementStatus } from '@bordenden/model'
import { type CitizenRoute, linkRequest } from '../citizen/route.ts'
import { type AnswerOf, client } from '../home/api.ts'

const agreements = client.api.agreements[':courseId']

/** Where the page was opened: the course and the owner's link. */
export type OwnerRoute = CitizenRoute

export type OwnAgreement = AnswerOf<(typeof agreements)['mine']['$get']>['agreements'][number]

/** The link's own agreements; the server decides which are theirs. */
export const fetchOwnAgreements = (route: OwnerRoute, signal?: AbortSignal) =>
  answer(agreements.mine.$get(linkRequest(route), { init: { signal } }))

export const reportStatus = (
  route: OwnerRoute,
  agreementId: string,
  report: { to: AgreementStatus; note: string },
) => answer(agreements[':agreementId'].status.$post({ ...linkRequest(route, { agreementId }), json: report }))
