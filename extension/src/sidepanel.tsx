import { forgetOfflineCourses } from '@bordenden/client'
import { LocaleProvider } from '@bordenden/ui'
import { focusIfLost, LanguageSelect, PanelTabs, SignInForm, usePanelText } from '@bordenden/ui/panel'
import { type ReactElement, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { BordendenApi, signIn } from './lib/api.ts'
import { closeAllConnections } from './lib/connections.ts'
import { chooseLocale, useAccountLocale } from './lib/locale-choice.ts'
import { dropHostPermission } from './lib/server-origin.ts'
import {
  onStoredChange,
  type PendingCapture,
  readManagedServerUrl,
  readPendingCapture,
  readSettings,
  type Settings,
  writeSettings,
} from './lib/settings.ts'
import { useDocumentLang } from './lib/useDocumentLang.ts'
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

/**
 * The server address set by IT policy, if any. Apart from the rest: reading managed storage can be slow
 * (Chrome loads policy), and the panel must not wait for it. Policy changes arrive as storage changes.
 */
function useManagedServerUrl() {
  const [managed, setManaged] = useState<string | null>(null)
  useEffect(() => {
    const load = async () => setManaged(await readManagedServerUrl())
    void load()
    return onStoredChange(() => void load())
  }, [])
  return managed
}

/**
 * When the capture form goes (added or cancelled), its buttons go with it: focus moves to what says it
 * was added, or to the heading of the panel below.
 */
function useFocusAfterCapture(pending: PendingCapture | null, added: boolean) {
  const addedRef = useRef<HTMLParagraphElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const hadPending = useRef(pending !== null)
  // A layout effect: focus moves in the same commit that removed the form, before anyone reads it.
  useLayoutEffect(() => {
    if (hadPending.current && !pending) focusIfLost(added ? addedRef.current : headingRef.current)
    hadPending.current = pending !== null
  }, [pending, added])
  return { addedRef, headingRef }
}

function Panel({
  settings,
  pending,
  managedServerUrl,
}: {
  settings: Settings
  pending: PendingCapture | null
  managedServerUrl: string | null
}) {
  const t = usePanelText()
  const [tab, setTab] = useState<TabId>('courses')
  const [courseId, setCourseId] = useState<string | null>(null)
  const [added, setAdded] = useState(false)
  const { addedRef, headingRef } = useFocusAfterCapture(pending, added)
  const { serverUrl, token } = settings
  const api = useMemo(() => (token ? new BordendenApi(serverUrl, token) : null), [serverUrl, token])
  useAccountLocale(api)

  if (!api) {
    return (
      <SignInForm
        serverUrl={managedServerUrl ?? serverUrl}
        serverUrlManaged={managedServerUrl !== null}
        onSignIn={async (url, email, password) =>
          writeSettings(await signIn(url, email, password, serverUrl))
        }
      />
    )
  }
  const signOut = async () => {
    closeAllConnections()
    // The next person at this computer must not find the courses kept for offline edits.
    await forgetOfflineCourses().catch(() => undefined)
    await api.signOut().catch(() => undefined)
    await dropHostPermission(serverUrl)
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
        <button type="button" onClick={signOut}>
          {t('signOut')}
        </button>
      </header>
      {pending && (
        <Capture api={api} settings={settings} pending={pending} selectedId={courseId} onDone={setAdded} />
      )}
      {added && !pending && (
        <p ref={addedRef} role="status" tabIndex={-1} className="bd-ok">
          {t('added')}
        </p>
      )}
      <PanelTabs<TabId>
        tabs={(['courses', 'followUps', 'meeting', 'record'] as const).map((id) => ({ id, label: t(id) }))}
        selected={tab}
        onSelect={setTab}
        headingRef={headingRef}
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

export default function SidePanel() {
  const stored = useStored()
  const managedServerUrl = useManagedServerUrl()
  useDocumentLang(stored?.settings.locale)
  if (!stored) return null
  return (
    <LocaleProvider locale={stored.settings.locale}>
      <main className="bd-panel" lang={stored.settings.locale}>
        {/* The language is chosen here, so it can be chosen before signing in too. */}
        <div className="bd-titlebar">
          <h1 className="bd-title">Bordenden</h1>
          <LanguageSelect
            value={stored.settings.locale}
            onChange={(locale) => void chooseLocale(stored.settings, locale)}
          />
        </div>
        <Panel settings={stored.settings} pending={stored.pending} managedServerUrl={managedServerUrl} />
      </main>
    </LocaleProvider>
  )
}
