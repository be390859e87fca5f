/** Who is connected, as every client shows it (board cursors, side panel, citizen page). */
export interface CourseUser {
  id: string
  name: string
  color: string
}

/**
 * The shape of each client's Yjs awareness state. `user` is set by every client; `presence` belongs to the
 * board (a tldraw instance_presence record) and is absent for clients without a canvas.
 * Other clients' states arrive over the network: validate them before use.
 */
export interface AwarenessState {
  user: CourseUser
  presence?: unknown
}
