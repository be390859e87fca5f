import type { ConnectionRole } from '../sync/peer.ts'

/** What a websocket upgrade request is allowed: its role in the course and who its edits belong to. */
export interface ConnectionGrant {
  role: ConnectionRole
  actor: string
}

export interface UpgradeRequest {
  courseId: string
  url: URL
  headers: Headers
}

/** Turns an upgrade request into a grant, or null to refuse it before any document byte is sent. */
export type AuthorizeConnection = (request: UpgradeRequest) => Promise<ConnectionGrant | null>

/**
 * The seam for accounts and share links. Until they exist every connection may edit and is
 * attributed to "anonymous"; replacing this function is all the sync route needs.
 */
export const allowEveryone: AuthorizeConnection = async () => ({ role: 'editor', actor: 'anonymous' })
