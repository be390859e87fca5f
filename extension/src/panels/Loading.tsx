import { useLocale } from '@bordenden/ui'
import { errorText, usePanelText } from '@bordenden/ui/panel'
import type { ReactNode } from 'react'
import type { Loaded } from '../lib/useLoad.ts'

/** A loaded value's view, a quiet "loading", or the error with a way to try again. */
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
