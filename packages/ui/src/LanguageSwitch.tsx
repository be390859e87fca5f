import type { Locale } from '@bordenden/model'
import { defineCatalog, translator } from '@bordenden/text'

// Written in the language it switches to, so those who need it can read it.
const switchTexts = defineCatalog({
  other: { da: 'English', en: 'Dansk' },
  otherName: { da: 'Read this page in English', en: 'Læs siden på dansk' },
})

/** The one language switch, on every page of the web app: Danish ↔ English. */
export function LanguageSwitch(props: {
  locale: Locale
  onChange: (locale: Locale) => void
  className?: string
}) {
  const other: Locale = props.locale === 'da' ? 'en' : 'da'
  const t = translator(switchTexts, props.locale)
  return (
    <button
      type="button"
      className={props.className}
      lang={other}
      aria-label={t('otherName')}
      onClick={() => props.onChange(other)}
    >
      {t('other')}
    </button>
  )
}

export { switchTexts }
