import type { MiddlewareHandler } from 'hono'
import { NONCE, secureHeaders } from 'hono/secure-headers'

/**
 * Nothing is loaded from anywhere but this server: the policy makes a stray CDN reference fail loudly
 * in the browser instead of leaking who is looking at which course to a third party.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // server-rendered pages (the printable record) carry one inline script with this request's nonce
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // 'self' covers this server's own ws:/wss: (CSP 3); naming the schemes would allow any host.
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
  })

/**
 * Every API answer may carry personal data (names, contacts, records, the audit log): no browser,
 * proxy or shared computer keeps a copy. Set after the route, so no route can forget it or undo it.
 */
export const noStore = (): MiddlewareHandler => async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
}
