/**
 * How long a store's commits take: the COMMIT that makes a write durable, i.e. its fsync (SQLite
 * `synchronous=FULL`, PostgreSQL's WAL flush). Each store owns one and reports its commits to it; the
 * metrics endpoint, if any, listens. One per store, so two servers started in one process (as the tests
 * do) time their own. Kept free of prom-client so storage knows nothing of exporters.
 */
export class CommitTiming {
  private readonly listeners = new Set<(seconds: number) => void>()

  /** Calls `listener` with the seconds of every commit from now on; returns how to stop. */
  listen(listener: (seconds: number) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  observe(seconds: number): void {
    for (const listener of this.listeners) listener(seconds)
  }

  /** Runs a commit and reports its duration once it is done. */
  async timed<T>(commit: () => Promise<T>): Promise<T> {
    const started = performance.now()
    const result = await commit()
    this.observe((performance.now() - started) / 1000)
    return result
  }
}
