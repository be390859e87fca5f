import { useLocale } from '@bordenden/ui'
import { errorText, usePanelText } from '@bordenden/ui/panel'
import { type ReactNode, useEffect } from 'react'
import type { Loaded } from '../lib/useLoad.ts'

/** How often a failed load is tried again by itself: the server or the network may be back. */
const RETRY_EVERY_MS = 5_000

/**
 * A loaded value's view, a quiet "loading", or the error with a way to try again. A failed load is also
 * tried again by itself, every few seconds and when the browser is back online, so the view recovers
 * from an outage without anyone pressing "Prøv igen".
 */
export function Loading<T>({
  loaded,
  retry,
  children,
}: {
  loaded: Loaded<T>
  retry(): void
  children(value: T): ReactNode
}) {
  const t = usePanelText()
  const locale = useLocale()
  const failed = loaded.state === 'failed'
  useEffect(() => {
    if (!failed) return
    const timer = setInterval(retry, RETRY_EVERY_MS)
    globalThis.addEventListener('online', retry)
    return () => {
      clearInterval(timer)
      globalThis.removeEventListener('online', retry)
    }
  }, [failed, retry])
  if (loaded.state === 'loading') return <p className="bd-muted">{t('connecting')}</p>
  if (loaded.state === 'failed') {
    return (
      <div role="alert" className="bd-error">
        <p>{errorText(loaded.error, locale)}</p>
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    )
  }
  return <>{children(loaded.value)}</>
}
