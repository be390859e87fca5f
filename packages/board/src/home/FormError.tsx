import type { Locale } from '@bordenden/model'
import { refusalText, useLocale } from '@bordenden/ui'
import { useTexts } from './texts.ts'

/** A failed request in words: why the server refused it (its error code, said here), else `fallback`. */
export function errorMessage(error: unknown, locale: Locale, fallback: string): string {
  return refusalText(error, locale) ?? fallback
}

/** A failed request, said plainly: the server's specific message, or `fallback` (else the page's general text). */
export function FormError({ error, fallback }: { error: unknown; fallback?: string }) {
  const t = useTexts()
  const locale = useLocale()
  if (!error) return null
  return (
    <p role="alert" className="form-error">
      {errorMessage(error, locale, fallback ?? t('failed'))}
    </p>
  )
}
