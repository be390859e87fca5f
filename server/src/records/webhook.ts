import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'

/**
 * Tells a municipality's own system that a record was sent. The receiver checks it came from this
 * server, and is not an old call played again, from two headers:
 * `X-Bordenden-Timestamp: <seconds since 1970>` and
 * `X-Bordenden-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the shared secret>`;
 * it refuses a timestamp more than a few minutes from its own clock.
 */
export async function postSignedWebhook(
  url: string,
  secret: string,
  payload: unknown,
): Promise<'delivered' | 'failed'> {
  const body = JSON.stringify(payload)
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = encodeHexLowerCase(
    hmac(SHA256, new TextEncoder().encode(secret), new TextEncoder().encode(`${timestamp}.${body}`)),
  )
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-bordenden-timestamp': timestamp,
        'x-bordenden-signature': `sha256=${signature}`,
      },
      body,
      signal: AbortSignal.timeout(5000),
    })
    return response.ok ? 'delivered' : 'failed'
  } catch {
    return 'failed'
  }
}
