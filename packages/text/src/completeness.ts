import type { Locale } from '@bordenden/model'
import type { Catalog, TextValue } from './catalog.ts'
import { localeTag } from './locale.ts'

// What types cannot catch in a catalog: an empty text, a key left as its own text, a plural without a form
// a language needs, a placeholder one language fills and the other forgets. The completeness tests of the
// web catalogs and the server's catalogs both ask this.

const locales: Locale[] = ['da', 'en']

const forms = (value: TextValue): string[] => (typeof value === 'string' ? [value] : Object.values(value))
const placeholders = (value: TextValue) =>
  [...new Set(forms(value).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort()

/** A key left where the text should be: any Danish text equal to its key, or an identifier-like English one. */
const isKeyLeftAsText = (key: string, text: string, locale: Locale) =>
  text === key && (locale === 'da' || /[A-Z.]/.test(key)) // "now", "done": English words may name their key

/** Texts that are empty or their own key, as "key (locale): text". */
export function missingTexts(catalog: Catalog): string[] {
  const bad: string[] = []
  for (const [key, entry] of Object.entries(catalog))
    for (const locale of locales)
      for (const text of forms(entry[locale]))
        if (text.trim() === '' || isKeyLeftAsText(key, text, locale))
          bad.push(`${key} (${locale}): "${text}"`)
  return bad
}

/** Plurals without the forms `Intl.PluralRules` uses, and keys whose languages differ in placeholders. */
export function mismatchedForms(catalog: Catalog): string[] {
  const bad: string[] = []
  for (const [key, entry] of Object.entries(catalog)) {
    for (const locale of locales) {
      const value = entry[locale]
      if (typeof value === 'string') continue
      const needed = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories
      if (Object.keys(value).sort().join() !== [...needed].sort().join())
        bad.push(`${key} (${locale}): forms`)
    }
    if (placeholders(entry.da).join() !== placeholders(entry.en).join()) bad.push(`${key}: placeholders`)
  }
  return bad
}
