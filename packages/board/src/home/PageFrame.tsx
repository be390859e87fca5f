import type { Locale } from '@bordenden/model'
import { LanguageSwitch, LocaleProvider, useLocaleChoice } from '@bordenden/ui'
import { type ReactNode, useEffect } from 'react'
import { api } from './api.ts'
import { useTexts } from './texts.ts'

export interface Account {
  name: string
  /** The language stored on the account (null until chosen): it wins over this browser's. */
  locale: Locale | null
  onSignOut: () => void
}

/**
 * The frame of the pages around the board: the name, the language switch and, when signed in, who is
 * signed in and a way out. The language is the person's one choice: kept in this browser for every page
 * and surface, and on the account when signed in, so the board and the extension follow it too.
 */
export function PageFrame({ account, children }: { account?: Account; children: ReactNode }) {
  const [locale, choose] = useLocaleChoice()
  const accountLocale = account?.locale ?? null
  useEffect(() => {
    if (accountLocale) choose(accountLocale)
  }, [accountLocale, choose])
  const change = (next: Locale) => {
    choose(next)
    if (account) void api.setLocale(next).catch(() => {}) // kept in this browser even if the server misses it
  }
  return (
    <LocaleProvider locale={locale}>
      <Header account={account} locale={locale} onChange={change} />
      <main className="home-main">{children}</main>
    </LocaleProvider>
  )
}

function Header(props: {
  account?: Account | undefined
  locale: Locale
  onChange: (locale: Locale) => void
}) {
  const { account } = props
  const t = useTexts()
  return (
    <header className="home-header">
      <a className="home-brand" href="/">
        {t('appName')}
      </a>
      <div className="home-header-actions">
        {account && <span>{t('signedInAs', { name: account.name })}</span>}
        <LanguageSwitch className="link-button" locale={props.locale} onChange={props.onChange} />
        {account && (
          <button type="button" className="secondary" onClick={account.onSignOut}>
            {t('signOut')}
          </button>
        )}
      </div>
    </header>
  )
}
