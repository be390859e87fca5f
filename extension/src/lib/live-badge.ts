import { clientFor } from './api.ts'
import { refreshBadge } from './badge.ts'
import { readSettings } from './settings.ts'

/** Waits between attempts when the feed fails: the server may be restarting or the network gone. */
const RETRY_MS = [2_000, 5_000, 15_000, 60_000]

/** The feed being followed, and for which server and token. */
let current: { key: string; controller: AbortController } | null = null

/**
 * Follows the server's live follow-up feed (`GET /api/follow-ups/live`, the web home's) while signed in:
 * each "changed" notice refreshes the badge, so an owner's status report shows within seconds rather
 * than at the next 15-minute alarm. The feed says only which course changed; the badge reads the
 * overview as always. One feed per worker: called again after a sign-in elsewhere or a sign-out, it
 * replaces or ends the feed; with the same sign-in it keeps the one it has.
 */
export async function followLiveBadge(): Promise<void> {
  const { serverUrl, token } = await readSettings()
  const key = token ? `${serverUrl} ${token}` : ''
  if (current?.key === key) return
  current?.controller.abort()
  current = null
  if (!serverUrl || !token) return
  const controller = new AbortController()
  current = { key, controller }
  void follow(serverUrl, token, controller.signal)
}

async function follow(serverUrl: string, token: string, signal: AbortSignal): Promise<void> {
  let failures = 0
  while (!signal.aborted) {
    try {
      const response = await clientFor(serverUrl, token).api['follow-ups'].live.$get(undefined, {
        headers: { accept: 'text/event-stream' },
        init: { signal },
      })
      // Signed out elsewhere or revoked: the badge's own refresh clears the token; nothing to follow.
      if (response.status === 401) return
      if (!response.ok || !response.body) throw new Error(String(response.status))
      await readEvents(response.body, signal, () => {
        failures = 0
        void refreshBadge()
      })
    } catch {
      if (signal.aborted) return
    }
    // The feed ended or failed: what changed meanwhile is read again once it is back (its "ready").
    await pause(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 60_000, signal)
    failures += 1
  }
}

/**
 * Reads server-sent events until the stream ends, calling `onNotice` for each "ready" or "changed".
 * Every chunk (the server's keep-alive comes every 25 s) also calls an extension API: Chrome then
 * counts the worker as busy and does not stop it while the feed is open.
 */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onNotice: () => void,
): Promise<void> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  while (!signal.aborted) {
    const { value, done } = await reader.read()
    if (done) return
    void chrome.runtime.getPlatformInfo()
    buffer += decoder.decode(value, { stream: true })
    const events = buffer.split('\n\n')
    buffer = events.pop() ?? ''
    if (events.some((event) => /^event: (ready|changed)$/m.test(event))) onNotice()
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, ms)
    signal.addEventListener('abort', stop, { once: true })
  })
}
