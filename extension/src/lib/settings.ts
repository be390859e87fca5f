import type { Locale } from '@bordenden/model'

/** Who is signed in where. Kept in the extension's own storage, never in a page's. */
export interface Settings {
  /** The origin of the municipality's Bordenden, e.g. `https://bordenden.kommune.dk`. */
  serverUrl: string
  /** The bearer token the server issued at sign-in (its hash is the session id there). */
  token: string | null
  user: { id: string; name: string; email: string } | null
  locale: Locale
}

const defaults: Settings = { serverUrl: '', token: null, user: null, locale: 'da' }

export async function readSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(Object.keys(defaults))
  return { ...defaults, ...(stored as Partial<Settings>) }
}

/**
 * The server address the IT department set by Chrome policy (managed storage, see managed-schema.json),
 * or null. Then the sign-in form shows it and does not let it be changed.
 */
export async function readManagedServerUrl(): Promise<string | null> {
  try {
    const { serverUrl } = await chrome.storage.managed.get('serverUrl')
    return typeof serverUrl === 'string' && serverUrl.trim() !== '' ? serverUrl.trim() : null
  } catch {
    return null // no policy for this extension
  }
}

export async function writeSettings(patch: Partial<Settings>): Promise<void> {
  await chrome.storage.local.set(patch)
}

/**
 * Text chosen with the context menu, waiting for the person to confirm course and kind in the panel.
 * Session storage: it is never written to disk and is gone when the browser closes.
 */
export interface PendingCapture {
  text: string
  /** How long the selection was; `text` may hold only its beginning. */
  length: number
  at: number
}

const PENDING = 'pendingCapture'

export async function readPendingCapture(): Promise<PendingCapture | null> {
  const stored = await chrome.storage.session.get(PENDING)
  return (stored[PENDING] as PendingCapture | undefined) ?? null
}

export async function writePendingCapture(pending: PendingCapture | null): Promise<void> {
  if (pending) await chrome.storage.session.set({ [PENDING]: pending })
  else await chrome.storage.session.remove(PENDING)
}

/** Calls `listener` whenever the settings or the pending capture change, from any extension page. */
export function onStoredChange(listener: () => void): () => void {
  const handler = () => listener()
  chrome.storage.onChanged.addListener(handler)
  return () => chrome.storage.onChanged.removeListener(handler)
}
