import { useLocale } from '@bordenden/ui'
import { ApiError } from './api.ts'
import { useTexts } from './texts.ts'

/**
 * A failed request, said plainly. The server's own message is Danish and specific ("Mødet findes ikke i
 * forløbet"); without one, or in English, the page's general text.
 */
export function FormError({ error }: { error: unknown }) {
  const t = useTexts()
  const locale = useLocale()
  if (!error) return null
  const specific = error instanceof ApiError && error.message !== '' && locale === 'da'
  return (
    <p role="alert" className="form-error">
      {specific ? error.message : t.failed}
    </p>
  )
}
