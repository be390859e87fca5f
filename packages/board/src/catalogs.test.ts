import { mismatchedForms, missingTexts } from '@bordenden/text'
import { type Catalog, uiCatalogs } from '@bordenden/ui'
import { describe, expect, it } from 'vitest'
import { pageTitles } from './canvas/pages.ts'
import { citizenPageTexts } from './citizen/texts.ts'
import { mailTexts } from './course/mail-texts.ts'
import { pageTexts } from './course/texts.ts'
import { homeTexts } from './home/texts.ts'
import { betweenMeetingsTexts } from './mine/texts.ts'
import { boardTexts } from './texts.ts'

// Every catalog of the web surfaces, complete in both languages (the server's: server/src/texts.test.ts). The
// types already demand both; this catches what types cannot (packages/text/src/completeness.ts).

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

describe.each(Object.entries(catalogs))('the catalog %s', (_name, catalog) => {
  it('has a text in both languages for every key, none empty or the key itself', () => {
    expect(missingTexts(catalog)).toEqual([])
  })

  it('has every plural form Intl.PluralRules uses in each language, and the same placeholders in both', () => {
    expect(mismatchedForms(catalog)).toEqual([])
  })
})
