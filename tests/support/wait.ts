/**
 * Polls until `check` returns a truthy value, or fails with `what` after `timeoutMs`. The timeout is for
 * something that never happens, not a deadline: on a busy machine an event may take seconds.
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
