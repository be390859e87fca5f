import type { ConnectionRole } from '../sync/peer.ts'

/**
 * Plain counters the sync code bumps as it works, read by the metrics endpoint when scraped. Kept
 * free of prom-client so the hot path costs an addition, and the sync code knows nothing of exporters.
 * One per server (its RoomRegistry holds it), so two servers in one process count apart.
 */
export class SyncTraffic {
  readonly socketsOpen: Record<ConnectionRole, number> = { editor: 0, viewer: 0 }
  updatesReceived = 0
  bytesReceived = 0
  messagesSent = 0
  bytesSent = 0
  /** Upgrades refused before any document byte, by reason (a fixed, small set of words). */
  readonly refused = new Map<RefusalReason, number>()
  /** Sockets the server closed, by close code (see CloseCode). */
  readonly closed = new Map<number, number>()

  opened(role: ConnectionRole) {
    this.socketsOpen[role]++
  }
  ended(role: ConnectionRole) {
    this.socketsOpen[role]--
  }
  received(bytes: number) {
    this.bytesReceived += bytes
  }
  sent(bytes: number) {
    this.messagesSent++
    this.bytesSent += bytes
  }
  refuse(reason: RefusalReason) {
    this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1)
  }
  close(code: number) {
    this.closed.set(code, (this.closed.get(code) ?? 0) + 1)
  }
}

export type RefusalReason =
  | 'invalid course id'
  | 'not a websocket'
  | 'not signed in'
  | 'no access'
  | 'cross-site'
