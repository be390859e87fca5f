import type { Context, MiddlewareHandler } from 'hono'
import { carriesOwnCredential } from './own-credential.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a browser says the request comes from this site (or an origin the operator listed, e.g. the
 * browser extension). Browsers send `Sec-Fetch-Site` and `Origin`; tools without them (the CLI, curl)
 * cannot be tricked by a page, so they pass.
 */
function fromThisSite(c: Context, allowedOrigins: readonly string[]): boolean {
  const site = c.req.header('sec-fetch-site')
  const origin = c.req.header('origin')
  const own = new URL(c.req.url).origin
  const listed = origin !== undefined && allowedOrigins.includes(origin)
  const originAllowed = origin === undefined || origin === own || listed
  const siteAllowed = site === undefined || site === 'same-origin' || site === 'none' || listed
  return originAllowed && siteAllowed
}

const refused = (c: Context) => c.json({ error: 'cross-site request refused' }, 403)

/** Refuses state-changing, cookie-borne requests that a browser marks as coming from another site. */
export function rejectCrossSite(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || carriesOwnCredential(c)) return next()
    if (!fromThisSite(c, allowedOrigins)) return refused(c)
    await next()
  }
}

/**
 * A websocket upgrade is a GET that the browser sends with the session cookie from any page, so a page
 * elsewhere could open a coordinator's boards as her (cross-site websocket hijacking). Upgrades that rely
 * on the cookie must come from this site; a share link (`?token=`) or a bearer is its own credential.
 */
export function rejectCrossSiteUpgrade(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const ownCredential = c.req.query('token') !== undefined || carriesOwnCredential(c)
    if (!ownCredential && !fromThisSite(c, allowedOrigins)) return refused(c)
    await next()
  }
}
