import { isValidId } from '@bordenden/model'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { presented } from '../auth/access-log.ts'
import type { Sessions } from '../auth/sessions.ts'
import type { AppEnv } from '../context.ts'
import type { SyncTraffic } from '../ops/sync-traffic.ts'
import { carriesOwnCredential } from './own-credential.ts'
import { refuse } from './refusal.ts'
import { SESSION_COOKIE } from './session.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** What counts as this site: the address people use, and origins the operator listed. */
export interface Sites {
  /** PUBLIC_URL. Behind a proxy that ends TLS the request itself says `http://internal-host`. */
  publicUrl: string
  /** ALLOWED_ORIGINS, e.g. the browser extension's. */
  allowedOrigins: readonly string[]
}

/**
 * Whether a browser says the request comes from this site (or an origin the operator listed, e.g. the
 * browser extension). Browsers send `Sec-Fetch-Site` and `Origin`; tools without them (the CLI, curl)
 * cannot be tricked by a page, so they pass. `same-site` (a sibling subdomain) and `Origin: null` (a
 * sandboxed frame, a file) are other sites.
 */
function fromThisSite(c: Context, sites: Sites): boolean {
  const site = c.req.header('sec-fetch-site')
  const origin = c.req.header('origin')
  const own = [new URL(c.req.url).origin, new URL(sites.publicUrl).origin]
  const listed = origin !== undefined && sites.allowedOrigins.includes(origin)
  const originAllowed = origin === undefined || own.includes(origin) || listed
  const siteAllowed = site === undefined || site === 'same-origin' || site === 'none' || listed
  return originAllowed && siteAllowed
}

const refused = (c: Context) => refuse(c, 403, 'cross_site_refused')

/** Refuses state-changing, cookie-borne requests that a browser marks as coming from another site. */
export function rejectCrossSite(sites: Sites): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || carriesOwnCredential(c)) return next()
    if (!fromThisSite(c, sites)) return refused(c)
    await next()
  }
}

/**
 * A websocket upgrade is a GET that the browser sends with the session cookie from any page, so a page
 * elsewhere could open a coordinator's boards as her (cross-site websocket hijacking). Upgrades that rely
 * on the cookie must come from this site; a share link (`?token=`) or a bearer is its own credential.
 * A refusal goes into the audit log under the person whose cookie was used.
 */
export function rejectCrossSiteUpgrade(
  sites: Sites,
  sessions: Sessions,
  traffic: SyncTraffic,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ownCredential = c.req.query('token') !== undefined || carriesOwnCredential(c)
    if (ownCredential || fromThisSite(c, sites)) return next()
    traffic.refuse('cross-site')
    const cookie = getCookie(c, SESSION_COOKIE) ?? null
    const who = presented(null, cookie, cookie ? await sessions.validate(cookie) : null)
    const last = c.req.path.split('/').at(-1) ?? ''
    const courseId = isValidId(last) ? last : null
    await c
      .get('accessLog')
      .refused({ courseId, channel: 'socket', ...who, reason: 'cross-site', role: null }, c.get('ip'))
    return refused(c)
  }
}
