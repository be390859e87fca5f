import { type Locale, Locales } from '@bordenden/model'
import { usePanelText } from './texts.ts'

/** Each language named in itself, so a reader of either finds theirs. */
const names: Record<Locale, string> = { da: 'Dansk', en: 'English' }

export function LanguageSelect({ value, onChange }: { value: Locale; onChange(locale: Locale): void }) {
  const t = usePanelText()
  return (
    <label className="bd-inline">
      {t('language')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as Locale)}>
        {Locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {names[locale]}
          </option>
        ))}
      </select>
    </label>
  )
}
