import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The peer address of the request. Behind a proxy with TRUST_PROXY, the last `X-Forwarded-For` entry:
 * the one our proxy appended, the address it saw. Entries before it come from the client, who can
 * write anything there (and would escape the login limits and misname themselves in the audit log).
 */
export function clientIp(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null
  }
}
