/** A random, URL-safe identifier (128 bits). Entity ids never carry meaning or personal data. */
export function createId(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** Course and entity ids as they may appear in URLs and storage keys. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id)
}
