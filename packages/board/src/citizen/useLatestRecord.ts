import type { CourseAccess } from '@bordenden/client'
import type { RecordState } from '@bordenden/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { fetchLatestRecord } from './records.ts'
import type { CitizenRoute } from './route.ts'

/** How often a page that is being looked at asks for a newer record: a small request twice a minute. */
const RECORD_POLL_MS = 30_000

/**
 * The newest agreement record, for links that may read records (the citizen's, a coordinator's).
 * Records are frozen outside the document, so no update announces a new one: the page asks again every
 * half minute while it is shown, and at once when the citizen comes back to it. What it shows stays on
 * the page while it asks, and when a later ask fails. The second value asks again at once.
 */
export function useLatestRecord(route: CitizenRoute, access: CourseAccess): [RecordState, () => void] {
  const readable = access.role === 'citizen' || access.role === 'coordinator'
  const [state, setState] = useState<RecordState>({ kind: 'loading' })
  const askNow = useRef(() => {})
  useEffect(() => {
    if (!readable) return
    let asking: AbortController | undefined
    let timer: ReturnType<typeof setInterval> | undefined
    const ask = () => {
      asking?.abort()
      const current = new AbortController()
      asking = current
      fetchLatestRecord(route, current.signal).then(
        (latest) => {
          if (!current.signal.aborted) setState({ kind: 'ready', latest })
        },
        () => {
          if (!current.signal.aborted)
            setState((shown) => (shown.kind === 'ready' ? shown : { kind: 'failed' }))
        },
      )
    }
    // A hidden page (another tab, a locked phone) asks nothing until it is shown again.
    const poll = () => {
      clearInterval(timer)
      timer = document.visibilityState === 'visible' ? setInterval(ask, RECORD_POLL_MS) : undefined
    }
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') ask()
      poll()
    }
    askNow.current = ask
    ask()
    poll()
    document.addEventListener('visibilitychange', onVisibilityChange)
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange)
      clearInterval(timer)
      asking?.abort()
    }
  }, [route, readable])
  const reload = useCallback(() => askNow.current(), [])
  return [readable ? state : { kind: 'unavailable' }, reload]
}
