import { LocaleProvider } from '@bordenden/ui'
import { LanguageSelect, usePanelText } from '@bordenden/ui/panel'
import { useEffect, useState } from 'react'
import { onStoredChange, readSettings, type Settings, writeSettings } from './lib/settings.ts'
import { useDocumentLang } from './lib/useDocumentLang.ts'
import './panel.css'

/**
 * Shown by the toolbar button while signed out; signed in, the button opens the side panel directly.
 * The window is known before the button is shown: the panel may only be opened while the click's user
 * gesture lasts, so nothing is awaited between the click and `sidePanel.open`.
 */
function PopupContent({ settings, windowId }: { settings: Settings; windowId: number }) {
  const t = usePanelText()
  const [failed, setFailed] = useState(false)
  const openPanel = () => {
    chrome.sidePanel.open({ windowId }).then(
      () => globalThis.close(),
      () => setFailed(true),
    )
  }
  return (
    <main className="bd-popup" lang={settings.locale}>
      <div className="bd-titlebar">
        <h1 className="bd-title">Bordenden</h1>
        <LanguageSelect value={settings.locale} onChange={(locale) => void writeSettings({ locale })} />
      </div>
      <p>{t('popupIntro')}</p>
      {/* biome-ignore lint/a11y/noAutofocus: the popup's one action; Enter opens the panel */}
      <button type="button" autoFocus onClick={openPanel}>
        {t('openPanel')}
      </button>
      {failed && (
        <p role="alert" className="bd-error">
          {t('panelNotOpened')}
        </p>
      )}
    </main>
  )
}

export default function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [windowId, setWindowId] = useState<number | null>(null)
  useDocumentLang(settings?.locale)
  useEffect(() => {
    const load = async () => setSettings(await readSettings())
    void load()
    void chrome.windows.getCurrent().then((window) => setWindowId(window.id ?? null))
    return onStoredChange(() => void load())
  }, [])
  if (!settings || windowId === null) return null
  return (
    <LocaleProvider locale={settings.locale}>
      <PopupContent settings={settings} windowId={windowId} />
    </LocaleProvider>
  )
}
