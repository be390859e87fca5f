import type { Locale } from '@bordenden/model'
import { useEffect } from 'react'

/**
 * Puts the chosen language on `<html lang>`: Plasmo writes the pages' HTML without one, and screen
 * readers pick their voice from it.
 */
export function useDocumentLang(locale: Locale | undefined): void {
  useEffect(() => {
    if (locale) document.documentElement.lang = locale
  }, [locale])
}
