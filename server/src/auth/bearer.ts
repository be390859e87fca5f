/**
 * Bearer tokens: the browser extension's session. It is an ordinary session (same table, hashed, sliding
 * expiry, revocable, listed with the others); only its transport differs. A cookie rides along on every
 * request the browser makes, so cookie sessions need CSRF checks; a bearer token is sent only by code that
 * holds it, so those checks do not apply to it.
 */

/** The websocket subprotocol the extension offers first; the server answers with it. */
export const SYNC_SUBPROTOCOL = 'bordenden'
/** A browser websocket cannot set headers, so the token rides as a second offered subprotocol. */
const SUBPROTOCOL_PREFIX = 'bearer.'

/** The token of an `Authorization: Bearer <token>` header; null without one. */
export function bearerFromHeader(authorization: string | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i)
  return match?.[1] ?? null
}

/** The token of a `Sec-WebSocket-Protocol: bordenden, bearer.<token>` offer; null without one. */
export function bearerFromSubprotocols(offered: string | undefined): string | null {
  for (const protocol of offered?.split(',') ?? []) {
    const value = protocol.trim()
    if (value.startsWith(SUBPROTOCOL_PREFIX)) return value.slice(SUBPROTOCOL_PREFIX.length)
  }
  return null
}
