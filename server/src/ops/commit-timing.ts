/**
 * How long storage commits take: the COMMIT that makes a write durable, i.e. its fsync (SQLite
 * `synchronous=FULL`, PostgreSQL's WAL flush). The storage code reports each one here; the metrics
 * endpoint, if any, listens. Kept free of prom-client so storage knows nothing of exporters.
 */
export const commitTiming = {
  listener: null as ((seconds: number) => void) | null,
  observe(seconds: number) {
    this.listener?.(seconds)
  },
}

/** Runs a commit and reports its duration. */
export function timedCommit<T>(commit: () => T): T {
  const started = performance.now()
  const result = commit()
  if (result instanceof Promise) {
    return result.then((value) => {
      commitTiming.observe((performance.now() - started) / 1000)
      return value
    }) as T
  }
  commitTiming.observe((performance.now() - started) / 1000)
  return result
}
