import { type Locale, Locales } from '@bordenden/model'
import { LocaleProvider } from '@bordenden/ui'
import { PanelTabs, SignInForm, usePanelText } from '@bordenden/ui/panel'
import { type ReactElement, useEffect, useMemo, useState } from 'react'
import { BordendenApi, signIn } from './lib/api.ts'
import { closeAllConnections } from './lib/connections.ts'
import {
  onStoredChange,
  type PendingCapture,
  readPendingCapture,
  readSettings,
  type Settings,
  writeSettings,
} from './lib/settings.ts'
import { Capture } from './panels/Capture.tsx'
import { CoursesTab, FollowUpsTab, MeetingTab, RecordTab } from './panels/tabs.tsx'
import './panel.css'

type TabId = 'courses' | 'followUps' | 'meeting' | 'record'

/** Settings and the pending capture as they are in extension storage, kept current across pages. */
function useStored() {
  const [stored, setStored] = useState<{ settings: Settings; pending: PendingCapture | null } | null>(null)
  useEffect(() => {
    const load = async () =>
      setStored({ settings: await readSettings(), pending: await readPendingCapture() })
    void load()
    return onStoredChange(() => void load())
  }, [])
  return stored
}

function Panel({ settings, pending }: { settings: Settings; pending: PendingCapture | null }) {
  const t = usePanelText()
  const [tab, setTab] = useState<TabId>('courses')
  const [courseId, setCourseId] = useState<string | null>(null)
  const [captured, setCaptured] = useState(false)
  const { serverUrl, token } = settings
  const api = useMemo(() => (token ? new BordendenApi(serverUrl, token) : null), [serverUrl, token])

  if (!api) {
    return (
      <SignInForm
        serverUrl={serverUrl}
        onSignIn={async (url, email, password) => writeSettings(await signIn(url, email, password))}
      />
    )
  }
  const signOut = async () => {
    closeAllConnections()
    await api.signOut().catch(() => undefined)
    await writeSettings({ token: null, user: null })
  }
  const needsCourse = (view: ReactElement) =>
    courseId ? view : <p className="bd-empty">{t('chooseCourseFirst')}</p>

  return (
    <>
      <header className="bd-header">
        <p className="bd-muted">
          {t('signedInAs')} {settings.user?.name}
        </p>
        <LocaleSelect value={settings.locale} />
        <button type="button" onClick={signOut}>
          {t('signOut')}
        </button>
      </header>
      {pending && (
        <Capture
          api={api}
          settings={settings}
          pending={pending}
          selectedId={courseId}
          onAdded={() => setCaptured(true)}
        />
      )}
      {captured && !pending && (
        <p role="status" className="bd-ok">
          {t('added')}
        </p>
      )}
      <PanelTabs<TabId>
        tabs={(['courses', 'followUps', 'meeting', 'record'] as const).map((id) => ({ id, label: t(id) }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'courses' && (
          <CoursesTab
            api={api}
            selectedId={courseId}
            onSelect={(id) => {
              setCourseId(id)
              setTab('meeting')
            }}
          />
        )}
        {tab === 'followUps' && <FollowUpsTab api={api} />}
        {tab === 'meeting' &&
          needsCourse(<MeetingTab key={courseId} api={api} settings={settings} courseId={courseId ?? ''} />)}
        {tab === 'record' && needsCourse(<RecordTab key={courseId} api={api} courseId={courseId ?? ''} />)}
      </PanelTabs>
    </>
  )
}

function LocaleSelect({ value }: { value: Locale }) {
  const t = usePanelText()
  return (
    <label className="bd-inline">
      {t('language')}{' '}
      <select value={value} onChange={(e) => void writeSettings({ locale: e.target.value as Locale })}>
        {Locales.map((locale) => (
          <option key={locale} value={locale}>
            {locale === 'da' ? 'Dansk' : 'English'}
          </option>
        ))}
      </select>
    </label>
  )
}

export default function SidePanel() {
  const stored = useStored()
  if (!stored) return null
  return (
    <LocaleProvider locale={stored.settings.locale}>
      <main className="bd-panel" lang={stored.settings.locale}>
        <h1 className="bd-title">Bordenden</h1>
        <Panel settings={stored.settings} pending={stored.pending} />
      </main>
    </LocaleProvider>
  )
}
