import { PanelError } from './panel-error.ts'

/**
 * The server address the person typed, as an origin: `https://bordenden.kommune.dk`. Only http(s); a
 * path, query or fragment is dropped, so the host permission asked for is exactly that origin.
 */
export function serverOrigin(input: string): string {
  let url: URL
  try {
    url = new URL(input.includes('://') ? input : `https://${input}`)
  } catch {
    throw new PanelError('invalidAddress')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PanelError('addressNeedsHttps')
  return url.origin
}

const pattern = (origin: string) => `${origin}/*`

/**
 * Asks for the host permission of that one origin (the manifest only lists it as optional). Called
 * straight from the sign-in click, before anything is awaited, so the click's user gesture still holds:
 * Chrome shows its own prompt (none when the origin is already granted), which the person answers.
 */
export async function ensureHostPermission(origin: string): Promise<void> {
  if (!(await chrome.permissions.request({ origins: [pattern(origin)] }))) {
    throw new PanelError('hostPermissionRefused')
  }
}

/**
 * Gives the origin's host permission back (after sign-out, or when another server is chosen): the
 * extension keeps no access to a server it no longer talks to. Chrome refuses for an origin the
 * manifest itself grants; that access stays, and nothing else is to be done about it.
 */
export async function dropHostPermission(origin: string): Promise<void> {
  if (!origin) return
  await chrome.permissions.remove({ origins: [pattern(origin)] }).catch(() => false)
}
