/**
 * Where a course connection stands, as the people in the meeting need to know it:
 * - `connecting`: the first attempt; nothing has been synced with the server yet.
 * - `connected`: the socket is open and the document has been synced with the server.
 * - `reconnecting`: the server was lost after a sync; edits stay local and are sent once it is back.
 * - `disconnected`: no further attempts: the connection was closed here, or the server refused it for good.
 * - `outdated`: no further attempts: this page writes another schema version than the server; reloading
 *   the page loads the server's build.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'outdated'

/** What the transport reports; see `nextStatus`. */
export type ConnectionEvent =
  /** The server has answered the sync handshake: both sides hold the same document. */
  | 'synced'
  /** An open socket closed; the provider retries with backoff. */
  | 'socket-closed'
  /** The server closed the socket with a permanent code (4400-4499): retrying cannot help. */
  | 'refused'
  /** The connection was destroyed locally. */
  | 'destroyed'
  /** The server writes another schema version: the page must be reloaded. */
  | 'outdated'

/**
 * The status after an event. Kept pure so the rules are testable without a socket: y-websocket reports
 * socket states, but the people in the meeting care whether their edits reach the others.
 */
export function nextStatus(current: ConnectionStatus, event: ConnectionEvent): ConnectionStatus {
  // Final: the provider makes no further attempts after a refusal or destroy.
  if (current === 'disconnected' || current === 'outdated') return current
  switch (event) {
    case 'synced':
      return 'connected'
    case 'socket-closed':
      // A socket that closes before the first sync is still part of connecting.
      return current === 'connected' ? 'reconnecting' : current
    case 'refused':
    case 'destroyed':
      return 'disconnected'
    case 'outdated':
      return 'outdated'
  }
}
