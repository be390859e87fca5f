import type { Locale } from '@bordenden/model'
import { useEffect } from 'react'
import { BordendenApi } from './api.ts'
import { type Settings, writeSettings } from './settings.ts'

// One language per person: signed in, the extension's choice is the account's (the web app and the board
// follow the same), kept in the extension's settings for the pages before sign-in.

/** Chooses the language here and, when signed in, on the account. */
export async function chooseLocale(settings: Settings, locale: Locale): Promise<void> {
  await writeSettings({ locale })
  if (settings.token)
    await new BordendenApi(settings.serverUrl, settings.token).setLocale(locale).catch(() => {})
}

/** Takes the account's language when the panel opens, if it was changed elsewhere (e.g. in the web app). */
export function useAccountLocale(api: BordendenApi | null): void {
  useEffect(() => {
    api
      ?.locale()
      .then((locale) => {
        if (locale) return writeSettings({ locale })
      })
      .catch(() => {}) // offline: the extension's own choice stands
  }, [api])
}
