/** What a connection may do in a room. Read-only peers never change the document. */
export type ConnectionRole = 'editor' | 'viewer'

/** One websocket in one room, as the room sees it. */
export interface Peer {
  readonly id: number
  readonly role: ConnectionRole
  /** Who the document updates are attributed to in storage. */
  readonly actor: string
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
  /** Stops (true) or resumes reading its frames: backpressure while its room's writes catch up. */
  pauseReading?(paused: boolean): void
}
