import type { LeaderOverview } from '@bordenden/model'

export type OverviewAnswer =
  | { kind: 'overview'; overview: LeaderOverview }
  | { kind: 'signedOut' }
  | { kind: 'notLeader' }
  | { kind: 'failed' }

export const CSV_URL = '/api/leader/overview.csv'

/** The overview for the signed-in leader; a signed-out visitor is sent to sign in, others told why not. */
export async function fetchOverview(): Promise<OverviewAnswer> {
  try {
    const response = await fetch('/api/leader/overview', { credentials: 'same-origin' })
    if (response.status === 401) return { kind: 'signedOut' }
    if (response.status === 403) return { kind: 'notLeader' }
    if (!response.ok) return { kind: 'failed' }
    return { kind: 'overview', overview: (await response.json()) as LeaderOverview }
  } catch {
    return { kind: 'failed' }
  }
}
