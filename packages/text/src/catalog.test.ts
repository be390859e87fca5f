import { describe, expect, it } from 'vitest'
import { defineCatalog, translator } from './catalog.ts'
import { localeOf, localeTag } from './locale.ts'

const catalog = defineCatalog({
  save: { da: 'Gem', en: 'Save' },
  signedInAs: { da: 'Logget ind som {name}', en: 'Signed in as {name}' },
  overdue: {
    da: { one: '{count} aftale over fristen', other: '{count} aftaler over fristen' },
    en: { one: '{count} agreement overdue', other: '{count} agreements overdue' },
  },
  waitMinutes: {
    da: { one: 'Vent {count} minut, {name}', other: 'Vent {count} minutter, {name}' },
    en: { one: 'Wait {count} minute, {name}', other: 'Wait {count} minutes, {name}' },
  },
})

describe('t over a catalog', () => {
  const da = translator(catalog, 'da')
  const en = translator(catalog, 'en')

  it('gives the text in the chosen language', () => {
    expect(da('save')).toBe('Gem')
    expect(en('save')).toBe('Save')
  })

  it('fills in the params', () => {
    expect(da('signedInAs', { name: 'Mette' })).toBe('Logget ind som Mette')
    expect(en('signedInAs', { name: 'Mette' })).toBe('Signed in as Mette')
  })

  it('lets the count choose the plural form', () => {
    expect(da('overdue', { count: 1 })).toBe('1 aftale over fristen')
    expect(da('overdue', { count: 2 })).toBe('2 aftaler over fristen')
    expect(da('overdue', { count: 0 })).toBe('0 aftaler over fristen')
    expect(en('overdue', { count: 1 })).toBe('1 agreement overdue')
    expect(en('overdue', { count: 12 })).toBe('12 agreements overdue')
    expect(en('waitMinutes', { count: 1, name: 'Ole' })).toBe('Wait 1 minute, Ole')
  })

  it('refuses a key it does not have', () => {
    // @ts-expect-error: no such key
    expect(() => da('sav')).toThrow()
  })

  // Never called: `pnpm typecheck` fails if any of these lines is accepted.
  const _typeChecks = () => {
    // @ts-expect-error: a template needs its params
    da('signedInAs')
    // @ts-expect-error: a plural needs a number for count
    da('overdue', { count: '2' })
    // @ts-expect-error: a plain text takes no params
    da('save', { name: 'x' })
  }
})

describe('locales', () => {
  it('maps each language to one tag for Intl, and any tag back to a language', () => {
    expect(localeTag('da')).toBe('da-DK')
    expect(localeTag('en')).toBe('en-GB')
    expect(localeOf('en-US')).toBe('en')
    expect(localeOf('da')).toBe('da')
    expect(localeOf('de-DE')).toBe('da')
    expect(localeOf(undefined)).toBe('da')
  })
})
