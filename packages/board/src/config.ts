/** What the server tells the board at start-up (`GET /api/config`). */
export interface BoardConfig {
  /** tldraw refuses to run on a public host without one; on localhost and plain http it is optional. */
  tldrawLicenseKey: string | null
}

export async function fetchBoardConfig(signal?: AbortSignal): Promise<BoardConfig> {
  const response = await fetch('/api/config', { signal, headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/config answered ${response.status}`)
  const body: unknown = await response.json()
  const key =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>).tldrawLicenseKey : null
  return { tldrawLicenseKey: typeof key === 'string' && key !== '' ? key : null }
}
