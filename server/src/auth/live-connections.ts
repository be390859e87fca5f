export interface Closable {
  close(code: number, reason: string): void
}

/**
 * What an open socket is registered under: the session or link it was opened with. A session's socket
 * is scoped to its course (`session:<id>@<courseId>`), so taking one person off one course can close just
 * those; closing `session:<id>` closes the session's sockets on every course.
 */
export const sessionKey = (sessionId: string, courseId?: string) =>
  courseId === undefined ? `session:${sessionId}` : `session:${sessionId}@${courseId}`
export const linkKey = (linkId: string) => `link:${linkId}`

/** The parts of a key; `courseId` is null when it is not scoped to a course. */
export function parseKey(key: string): { kind: string; id: string; courseId: string | null } {
  const separator = key.indexOf(':')
  const [kind, rest] = [key.slice(0, separator), key.slice(separator + 1)]
  const at = rest.indexOf('@')
  return at < 0
    ? { kind, id: rest, courseId: null }
    : { kind, id: rest.slice(0, at), courseId: rest.slice(at + 1) }
}

/**
 * Open sockets by the session or link they were opened with, so revoking access closes them at once
 * instead of when they next reconnect.
 */
export class LiveConnections {
  private readonly byKey = new Map<string, Set<Closable>>()
  /** With several processes (REDIS_URL): tells the others to close their sockets for the key too. */
  relay: ((key: string, code: number, reason: string) => void) | null = null

  add(key: string, connection: Closable): () => void {
    const set = this.byKey.get(key) ?? new Set()
    set.add(connection)
    this.byKey.set(key, set)
    return () => {
      set.delete(connection)
      if (set.size === 0) this.byKey.delete(key)
    }
  }

  /** The sessions and links that have an open socket right now. */
  keys(): string[] {
    return [...this.byKey.keys()]
  }

  /** Closes the key's sockets (and those of its course-scoped keys) in every process; returns how many were open in this one. */
  closeAll(key: string, code: number, reason: string): number {
    this.relay?.(key, code, reason)
    return this.closeHere(key, code, reason)
  }

  closeHere(key: string, code: number, reason: string): number {
    let closed = 0
    for (const [registered, set] of this.byKey) {
      if (registered !== key && !registered.startsWith(`${key}@`)) continue
      this.byKey.delete(registered)
      for (const connection of set) connection.close(code, reason)
      closed += set.size
    }
    return closed
  }
}
