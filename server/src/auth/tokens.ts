import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'

/**
 * Secrets for session cookies and share links: 160 random bits, base32 so they survive URLs and copy-paste.
 * Only their SHA-256 is stored, so a leaked database does not open a single course.
 */
export function generateSecret(): string {
  const bytes = new Uint8Array(20)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes)
}

export function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)))
}

const SECRET_PATTERN = /^[a-z2-7]{32}$/

/** Cheap shape check before any lookup: malformed tokens are refused without touching storage. */
export function isWellFormedSecret(value: string): boolean {
  return SECRET_PATTERN.test(value)
}
