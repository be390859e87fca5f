import { ApiError, answer } from '@bordenden/contract/api'
import { type AnswerOf, client } from '../home/api.ts'

const { overview } = client.api.leader

export type OverviewAnswer =
  | { kind: 'overview'; overview: AnswerOf<typeof overview.$get> }
  | { kind: 'signedOut' }
  | { kind: 'notLeader' }
  | { kind: 'failed' }

export const CSV_URL = client.api.leader['overview.csv'].$url().pathname

/** The overview for the signed-in leader; a signed-out visitor is sent to sign in, others told why not. */
export async function fetchOverview(): Promise<OverviewAnswer> {
  try {
    return { kind: 'overview', overview: await answer(overview.$get()) }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { kind: 'signedOut' }
    if (error instanceof ApiError && error.status === 403) return { kind: 'notLeader' }
    return { kind: 'failed' }
  }
}
