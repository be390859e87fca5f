import { type Locale, Locales } from '@bordenden/model'

const KEY = 'bordenden.citizen.locale'

/** The language the citizen chose last time on this device; Danish until they choose. */
export function loadLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(KEY)
    return Locales.find((l) => l === saved) ?? 'da'
  } catch {
    return 'da' // storage can be off (private mode); the choice then lasts as long as the page
  }
}

export function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale)
  } catch {
    // see loadLocale
  }
}
