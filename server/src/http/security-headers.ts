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
