import type { Locale } from '@bordenden/model'
import { type Catalog, localeTag, type TextValue, uiCatalogs } from '@bordenden/ui'
import { describe, expect, it } from 'vitest'
import { pageTitles } from './canvas/pages.ts'
import { citizenPageTexts } from './citizen/texts.ts'
import { mailTexts } from './course/mail-texts.ts'
import { pageTexts } from './course/texts.ts'
import { homeTexts } from './home/texts.ts'
import { betweenMeetingsTexts } from './mine/texts.ts'
import { boardTexts } from './texts.ts'

// Every catalog of every surface, complete in both languages. The types already demand both; this catches
// what types cannot: an empty text, a key left as its own text, a plural without a form a language needs,
// a placeholder one language fills and the other forgets.

const catalogs: Record<string, Catalog> = {
  ...uiCatalogs,
  betweenMeetingsTexts,
  boardTexts,
  citizenPageTexts,
  homeTexts,
  mailTexts,
  pageTexts,
  pageTitles,
}
const locales: Locale[] = ['da', 'en']

const forms = (value: TextValue): string[] => (typeof value === 'string' ? [value] : Object.values(value))
const placeholders = (value: TextValue) =>
  [...new Set(forms(value).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort()

/** A key left where the text should be: any Danish text equal to its key, or an identifier-like English one. */
const isKeyLeftAsText = (key: string, text: string, locale: Locale) =>
  text === key && (locale === 'da' || /[A-Z.]/.test(key)) // "now", "done": English words may name their key

describe.each(Object.entries(catalogs))('the catalog %s', (_name, catalog) => {
  it('has a text in both languages for every key, none empty or the key itself', () => {
    const bad: string[] = []
    for (const [key, entry] of Object.entries(catalog))
      for (const locale of locales)
        for (const text of forms(entry[locale]))
          if (text.trim() === '' || isKeyLeftAsText(key, text, locale))
            bad.push(`${key} (${locale}): "${text}"`)
    expect(bad).toEqual([])
  })

  it('has every plural form Intl.PluralRules uses in each language, and the same placeholders in both', () => {
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
    expect(bad).toEqual([])
  })
})
