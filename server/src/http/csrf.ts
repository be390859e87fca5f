import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { bearerFromHeader } from '../auth/bearer.ts'
import { SESSION_COOKIE } from './session.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** Origins only a browser extension's own pages have; a web page cannot claim one. */
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i

/**
 * Refuses state-changing requests that a browser marks as coming from another site. Browsers send
 * `Sec-Fetch-Site` and `Origin` on every POST; tools without them (the CLI, curl) cannot be tricked by a
 * page, so they pass. Neither can a bearer token: a page cannot add one to a cross-site request without a
 * CORS preflight the server never grants, and `loadSession` ignores the cookie of a bearer request.
 * An extension's own request without a cookie (its sign-in, before it has a token) carries no ambient
 * authority to abuse, and its origin cannot be forged by a page, so it passes too.
 */
export function rejectCrossSite(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    if (bearerFromHeader(c.req.header('authorization')) !== null) return next()
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    if (origin && EXTENSION_ORIGIN.test(origin) && getCookie(c, SESSION_COOKIE) === undefined) return next()
    const own = new URL(c.req.url).origin
    const listed = origin !== undefined && allowedOrigins.includes(origin)
    const originAllowed = origin === undefined || origin === own || listed
    // A cross-site fetch passes only from an origin the operator listed (e.g. the browser extension).
    const siteAllowed = site === undefined || site === 'same-origin' || site === 'none' || listed
    if (!originAllowed || !siteAllowed) return c.json({ error: 'cross-site request refused' }, 403)
    await next()
  }
}
