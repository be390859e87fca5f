import type { Locale } from '@bordenden/model'
import { LocaleProvider } from '@bordenden/ui'
import { type ReactNode, useEffect, useState } from 'react'
import { useTexts } from './texts.ts'

const LOCALE_KEY = 'bordenden-locale'

function storedLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'da'
  } catch {
    return 'da'
  }
}

export interface Account {
  name: string
  onSignOut: () => void
}

/**
 * The frame of the pages around the board: the name, the language switch (Danish first, the choice kept
 * in this browser) and, when signed in, who is signed in and a way out.
 */
export function PageFrame({ account, children }: { account?: Account; children: ReactNode }) {
  const [locale, setLocale] = useState(storedLocale)
  useEffect(() => {
    document.documentElement.lang = locale
    try {
      localStorage.setItem(LOCALE_KEY, locale)
    } catch {
      // private mode: the choice lasts this page only
    }
  }, [locale])
  return (
    <LocaleProvider locale={locale}>
      <Header account={account} onSwitch={() => setLocale(locale === 'da' ? 'en' : 'da')} />
      <main className="home-main">{children}</main>
    </LocaleProvider>
  )
}

function Header({ account, onSwitch }: { account?: Account; onSwitch: () => void }) {
  const t = useTexts()
  return (
    <header className="home-header">
      <a className="home-brand" href="/">
        {t.appName}
      </a>
      <div className="home-header-actions">
        {account && <span>{t.signedInAs(account.name)}</span>}
        <button type="button" className="link-button" lang={t.languageSwitchLang} onClick={onSwitch}>
          {t.languageSwitch}
        </button>
        {account && (
          <button type="button" className="secondary" onClick={account.onSignOut}>
            {t.signOut}
          </button>
        )}
      </div>
    </header>
  )
}
