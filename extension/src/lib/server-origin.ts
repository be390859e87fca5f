/**
 * The server address the person typed, as an origin: `https://bordenden.kommune.dk`. Only http(s); a
 * path, query or fragment is dropped, so the host permission asked for is exactly that origin.
 */
export function serverOrigin(input: string): string {
  let url: URL
  try {
    url = new URL(input.includes('://') ? input : `https://${input}`)
  } catch {
    throw new Error('Adressen er ikke en gyldig webadresse')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('Adressen skal begynde med https://')
  }
  return url.origin
}

/**
 * Asks for the host permission of that one origin (the manifest only lists it as optional). Called
 * straight from the sign-in click, before anything is awaited, so the click's user gesture still holds:
 * Chrome shows its own prompt (none when the origin is already granted), which the person answers.
 */
export async function ensureHostPermission(origin: string): Promise<void> {
  if (!(await chrome.permissions.request({ origins: [`${origin}/*`] }))) {
    throw new Error('Udvidelsen fik ikke lov at tale med Bordenden-adressen')
  }
}
