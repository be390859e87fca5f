import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/** The peer address of the request (behind a proxy: the proxy's, unless TRUST_PROXY is set). */
export function clientIp(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null
  }
}
