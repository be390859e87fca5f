import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { bearerFromHeader, bearerFromSubprotocols } from '../auth/bearer.ts'
import { SESSION_COOKIE } from './session.ts'

/** Origins only a browser extension's own pages have; a web page cannot claim one. */
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i

/**
 * Whether a request stands on a credential it carries itself rather than on the browser's cookie, so the
 * cross-site checks (a cookie problem) do not apply to it:
 * - a bearer token, in `Authorization` or offered as a websocket subprotocol. A page cannot send either
 *   cross-site (the header needs a CORS preflight the server never grants; `Sec-*` headers are the
 *   browser's own), and a request that has one is judged by it alone, never by a cookie that came along
 *   (`loadSession`, the sync route);
 * - a browser extension's own request without any cookie (its sign-in, before it has a token): there is
 *   no ambient authority to abuse, and a page cannot claim an extension's origin.
 */
export function carriesOwnCredential(c: Context): boolean {
  if (bearerFromHeader(c.req.header('authorization')) !== null) return true
  if (bearerFromSubprotocols(c.req.header('sec-websocket-protocol')) !== null) return true
  const origin = c.req.header('origin')
  return origin !== undefined && EXTENSION_ORIGIN.test(origin) && getCookie(c, SESSION_COOKIE) === undefined
}
