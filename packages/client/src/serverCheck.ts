/**
 * Whether an origin is a Bordenden server, asked before signing in there: its `/readyz` answers JSON
 * with a version and a storage check (200 when ready, 503 when not, but always that shape). Anything
 * else (a journal system, a web server's error page, "501 Not Implemented") is not Bordenden, and the
 * person is told so in plain words instead of an error code (the extension asks before signing in).
 */
export type ServerCheck = 'bordenden' | 'notBordenden' | 'notReady' | 'unreachable'

export async function checkBordenden(origin: string, fetchImpl: typeof fetch = fetch): Promise<ServerCheck> {
  let response: Response
  try {
    response = await fetchImpl(`${origin}/readyz`, { credentials: 'omit', redirect: 'error' })
  } catch {
    return 'unreachable'
  }
  const body = (await response.json().catch(() => null)) as {
    version?: unknown
    ready?: unknown
    checks?: { storage?: unknown }
  } | null
  const shaped =
    body !== null &&
    typeof body.version === 'string' &&
    typeof body.ready === 'boolean' &&
    typeof body.checks?.storage === 'object'
  if (!shaped) return 'notBordenden'
  return body.ready ? 'bordenden' : 'notReady'
}
