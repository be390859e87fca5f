import { type Catalog, mismatchedForms, missingTexts } from '@bordenden/text'
import { describe, expect, it } from 'vitest'
import { lifecycleTexts } from './lifecycle/texts.ts'
import { mailTexts } from './mail/texts.ts'
import { recordTexts } from './records/texts.ts'

// The server's catalogs, complete in both languages like the web's (packages/board/src/catalogs.test.ts).
const catalogs: Record<string, Catalog> = { lifecycleTexts, mailTexts, recordTexts }

describe.each(Object.entries(catalogs))('the server catalog %s', (_name, catalog) => {
  it('has a text in both languages for every key, none empty or the key itself', () => {
    expect(missingTexts(catalog)).toEqual([])
  })

  it('has every plural form in each language, and the same placeholders in both', () => {
    expect(mismatchedForms(catalog)).toEqual([])
  })
})
