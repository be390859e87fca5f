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

/** Close codes this server sends, with the reason an operator sees in the log. */
export const CloseCode = {
  /** The server is shutting down or restarting; clients reconnect. */
  restart: 1012,
  /** A text frame, or a message type this server does not speak. */
  unsupported: 1003,
  /** A binary frame that does not decode as a y-websocket message or Yjs update. */
  invalid: 1007,
  /** Larger than MAX_MESSAGE_BYTES (sent by ws itself). */
  tooLarge: 1009,
  /** Storage failed; nothing unsaved was shown to others; the client reconnects and resends. */
  internal: 1011,
  /** The client stopped reading and its outgoing buffer filled up. */
  slowConsumer: 1013,
  /** The session or link this socket was opened with was revoked or expired. */
  accessRevoked: 4001,
  /** A link's edit window opened or ended; the client reconnects and gets the new answer. */
  editWindowClosed: 4002,
  /** The session was replaced by a new one (password change); the client reconnects with the new cookie. */
  sessionRenewed: 4003,
  /** An edit did not fit the document's shape or cost too much to merge; nothing was stored. */
  editRefused: 4005,
  /** The connection spent more than its share (merge work, apply time, presence); it may come back. */
  overBudget: 4006,
  /** The client writes another document schema version than this server: it must reload (4400-4499 are
   *  permanent by y-websocket's convention, so even a stock client stops reconnecting). */
  reloadRequired: 4426,
  /** The course was deleted: permanent (44xx), so clients stop reconnecting and drop their offline copy. */
  courseDeleted: 4404,
} as const
