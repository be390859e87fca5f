import { type LabelGroup, type LabelId, type Locale, label } from '@bordenden/model'
import { createContext, type ReactNode, useContext } from 'react'

const LocaleContext = createContext<Locale>('da')

/** Danish unless a surrounding provider says otherwise. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>
}

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

/** The model's label lookup bound to the current locale: `t('agreementStatus', 'done')`. */
export function useLabel() {
  const locale = useLocale()
  return <G extends LabelGroup>(group: G, id: LabelId<G>) => label(group, id, locale)
}
