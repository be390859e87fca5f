import type { ConnectionRole } from '../sync/peer.ts'

/** What a websocket upgrade request is allowed: its role in the course and who its edits belong to. */
export interface ConnectionGrant {
  role: ConnectionRole
  actor: string
  /** Revoking this key closes the socket (a session or a share link). */
  revocationKey: string | null
  /** The socket is closed when its edit window opens or ends, so it reconnects with the new answer. */
  changesAt: number | null
  /** Whether others see this connection's presence; read-only viewers are hidden unless they choose. */
  showPresence: boolean
  /** Whether it may sync the course's coordinator-only document (contacts, consent; private-data.ts). */
  seesPrivate: boolean
}

export interface UpgradeRequest {
  courseId: string
  /** `?token=` of a share link, if given. */
  linkToken: string | null
  /** The session cookie, if sent. */
  sessionToken: string | null
  ip: string | null
}

/** Turns an upgrade request into a grant, or null to refuse it before any document byte is sent. */
export type AuthorizeConnection = (request: UpgradeRequest) => Promise<ConnectionGrant | null>
