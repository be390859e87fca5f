export interface Closable {
  close(code: number, reason: string): void
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

  /** Closes the key's sockets in every process; returns how many were open in this one. */
  closeAll(key: string, code: number, reason: string): number {
    this.relay?.(key, code, reason)
    return this.closeHere(key, code, reason)
  }

  closeHere(key: string, code: number, reason: string): number {
    const set = this.byKey.get(key)
    if (!set) return 0
    this.byKey.delete(key)
    for (const connection of set) connection.close(code, reason)
    return set.size
  }
}
