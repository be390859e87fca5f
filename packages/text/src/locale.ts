import { type Locale, Locales } from '@bordenden/model'

/** The BCP 47 tag every `Intl` formatter is given for a locale: Danish as in Denmark, English as in Britain. */
export function localeTag(locale: Locale): string {
  return locale === 'da' ? 'da-DK' : 'en-GB'
}

/** The product's locale for a language tag ("en-US" → en); Danish for anything else. */
export function localeOf(tag: string | null | undefined): Locale {
  const language = tag?.toLowerCase().split('-')[0]
  return Locales.find((l) => l === language) ?? 'da'
}
