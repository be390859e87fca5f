/**
 * The websocket base for a server: `https://host/prefix` → `wss://host/prefix/sync`. The provider appends
 * `/<courseId>` to it. Callers pass the server's http(s) address, the one thing they are configured with
 * (the board uses its own origin, the extension the server it signed in to).
 */
export function syncUrl(serverUrl: string): string {
  const url = new URL(serverUrl)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Expected an http(s) server address, got ${serverUrl}`)
  }
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/sync`
  url.search = ''
  url.hash = ''
  return url.toString()
}
