import type { MiddlewareHandler } from 'hono'
import { carriesOwnCredential } from './own-credential.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests that a browser marks as coming from another site. Browsers send
 * `Sec-Fetch-Site` and `Origin` on every POST; tools without them (the CLI, curl) cannot be tricked by a
 * page, so they pass; so do requests with a credential of their own (see `carriesOwnCredential`).
 */
export function rejectCrossSite(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || carriesOwnCredential(c)) return next()
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    const own = new URL(c.req.url).origin
    const listed = origin !== undefined && allowedOrigins.includes(origin)
    const originAllowed = origin === undefined || origin === own || listed
    // A cross-site fetch passes only from an origin the operator listed (e.g. the browser extension).
    const siteAllowed = site === undefined || site === 'same-origin' || site === 'none' || listed
    if (!originAllowed || !siteAllowed) return c.json({ error: 'cross-site request refused' }, 403)
    await next()
  }
}
