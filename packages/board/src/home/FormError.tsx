import type { Locale } from '@bordenden/model'
import { useLocale } from '@bordenden/ui'
import { ApiError } from './api.ts'
import { useTexts } from './texts.ts'

/**
 * A failed request in words. The server's own message is Danish and specific ("Mødet findes ikke i
 * forløbet"); without one, or in English, `fallback`.
 */
export function errorMessage(error: unknown, locale: Locale, fallback: string): string {
  return error instanceof ApiError && error.message !== '' && locale === 'da' ? error.message : fallback
}

/** A failed request, said plainly: the server's specific message, or `fallback` (else the page's general text). */
export function FormError({ error, fallback }: { error: unknown; fallback?: string }) {
  const t = useTexts()
  const locale = useLocale()
  if (!error) return null
  return (
    <p role="alert" className="form-error">
      {errorMessage(error, locale, fallback ?? t.failed)}
    </p>
  )
}
