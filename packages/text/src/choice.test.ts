// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { onLocaleChoice, storedLocale, storeLocale } from './choice.ts'

// Another tab's choice arrives as a `storage` event; here it is dispatched as the browser would, after
// writing the value as the other tab would.
const otherTabChooses = (key: string, value: string) => {
  localStorage.setItem(key, value)
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }))
}

describe('the language choice across tabs', () => {
  afterEach(() => localStorage.clear())

  it('tells a page the language another tab chose, until it stops listening', () => {
    storeLocale('da')
    const heard: string[] = []
    const stop = onLocaleChoice((locale) => heard.push(locale))
    otherTabChooses('bordenden.locale', 'en')
    expect(heard).toEqual(['en'])
    expect(storedLocale()).toBe('en')
    stop()
    otherTabChooses('bordenden.locale', 'da')
    expect(heard).toEqual(['en'])
  })

  it('ignores what other tabs store under other keys', () => {
    const heard: string[] = []
    const stop = onLocaleChoice((locale) => heard.push(locale))
    otherTabChooses('TLDRAW_USER_DATA_v3', '{}')
    expect(heard).toEqual([])
    stop()
  })
})
