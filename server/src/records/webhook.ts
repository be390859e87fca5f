import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'

/**
 * Tells a municipality's own system that a record was sent. The body is signed with HMAC-SHA256 so the
 * receiver can check it came from this server: `X-Bordenden-Signature: sha256=<hex>`.
 */
export async function postSignedWebhook(
  url: string,
  secret: string,
  payload: unknown,
): Promise<'delivered' | 'failed'> {
  const body = JSON.stringify(payload)
  const signature = encodeHexLowerCase(
    hmac(SHA256, new TextEncoder().encode(secret), new TextEncoder().encode(body)),
  )
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bordenden-signature': `sha256=${signature}` },
      body,
      signal: AbortSignal.timeout(5000),
    })
    return response.ok ? 'delivered' : 'failed'
  } catch {
    return 'failed'
  }
}
