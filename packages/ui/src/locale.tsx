import { type LabelGroup, type LabelId, type Locale, label } from '@bordenden/model'
import {
  type Catalog,
  onLocaleChoice,
  storedLocale,
  storeLocale,
  type Translate,
  translator,
} from '@bordenden/text'
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'

const LocaleContext = createContext<Locale>('da')

/** Danish unless a surrounding provider says otherwise. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
}

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

/** `t(key, params)` over `catalog` in the current locale. */
export function useText<C extends Catalog>(catalog: C): Translate<C> {
  return translator(catalog, useLocale())
}

/**
 * This browser's language choice (see text/choice.ts) and a way to change it: on `<html lang>`, and
 * followed when another tab of the app changes it.
 */
export function useLocaleChoice(): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useState(storedLocale)
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  useEffect(() => onLocaleChoice(setLocale), [])
  const choose = useCallback((next: Locale) => {
    storeLocale(next)
    setLocale(next)
  }, [])
  return [locale, choose]
}

/** The model's label lookup bound to the current locale: `t('agreementStatus', 'done')`. */
export function useLabel() {
  const locale = useLocale()
  return <G extends LabelGroup>(group: G, id: LabelId<G>) => label(group, id, locale)
}
