import type { Locale } from '@bordenden/model'
import { LocaleProvider } from '@bordenden/ui'
import { usePanelText } from '@bordenden/ui/panel'
import { useEffect, useState } from 'react'
import { readSettings } from './lib/settings.ts'
import './panel.css'

/** Shown by the toolbar button while signed out; signed in, the button opens the side panel directly. */
function PopupContent() {
  const t = usePanelText()
  const openPanel = async () => {
    const window = await chrome.windows.getCurrent()
    if (window.id !== undefined) await chrome.sidePanel.open({ windowId: window.id })
    globalThis.close()
  }
  return (
    <main className="bd-popup">
      <h1>Bordenden</h1>
      <p>{t('popupIntro')}</p>
      {/* biome-ignore lint/a11y/noAutofocus: the popup's one action; Enter opens the panel */}
      <button type="button" autoFocus onClick={openPanel}>
        {t('openPanel')}
      </button>
    </main>
  )
}

export default function Popup() {
  const [locale, setLocale] = useState<Locale | null>(null)
  useEffect(() => {
    void readSettings().then((settings) => setLocale(settings.locale))
  }, [])
  if (!locale) return null
  return (
    <LocaleProvider locale={locale}>
      <PopupContent />
    </LocaleProvider>
  )
}
