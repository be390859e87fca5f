import { type CourseAccess, fetchCourseAccess, forgetOfflineCourse } from '@bordenden/client'
import { LocaleProvider, storedLocale } from '@bordenden/ui'
import { type ReactNode, useCallback, useState } from 'react'
import { Board } from './Board.tsx'
import { ConnectionBadge } from './ConnectionBadge.tsx'
import { fetchBoardConfig } from './config.ts'
import { followLocaleChoice, hasChosenName } from './identity.ts'
import { NameDialog } from './NameDialog.tsx'
import type { BoardRoute } from './route.ts'
import { useCourseConnection } from './sync/useCourseConnection.ts'
import { useCourseStore } from './sync/useCourseStore.ts'
import { useBoardText } from './texts.ts'
import { type AsyncState, useAsync } from './useAsync.ts'

/**
 * The board for one course: configuration and access check, the name question (for those the others will
 * see), then the board.
 */
export function App({ route }: { route: BoardRoute }) {
  const [named, setNamed] = useState(hasChosenName)
  const startup = useAsync(useCallback((signal: AbortSignal) => startBoard(route, signal), [route]))
  // Until the board (and tldraw's own menu) takes over, the pages before it speak the stored choice,
  // the account's once it is known.
  return (
    <LocaleProvider locale={storedLocale()}>
      <Startup route={route} startup={startup} named={named} onNamed={() => setNamed(true)} />
    </LocaleProvider>
  )
}

function Startup(props: {
  route: BoardRoute
  startup: AsyncState<Awaited<ReturnType<typeof startBoard>>>
  named: boolean
  onNamed: () => void
}) {
  const { route, startup, named } = props
  const t = useBoardText()

  if (startup.state === 'loading') return <PageMessage>{t('loadingBoard')}</PageMessage>
  if (startup.state === 'failed') {
    return (
      <PageMessage>
        <p>{t('startupFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('retry')}
        </button>
      </PageMessage>
    )
  }
  const [config, access] = startup.value
  switch (access.kind) {
    case 'sign-in-required':
      return <PageMessage>{t('signInRequired')}</PageMessage>
    case 'forbidden':
      return <PageMessage>{t('forbidden')}</PageMessage>
    case 'granted':
      if (access.access.showPresence && !named) return <NameDialog onDone={props.onNamed} />
      return <CourseBoard route={route} access={access.access} licenseKey={config.tldrawLicenseKey} />
  }
}

/** What the board needs before it opens: the server's set-up, the access check, the person's language. */
async function startBoard(route: BoardRoute, signal: AbortSignal) {
  const [config, access] = await Promise.all([
    fetchBoardConfig(signal),
    fetchAccessForgettingRefused(route, signal),
    followLocaleChoice(route),
  ])
  return [config, access] as const
}

/** The access check; a browser that is refused the course also forgets what it kept of it offline. */
async function fetchAccessForgettingRefused(route: BoardRoute, signal: AbortSignal) {
  const access = await fetchCourseAccess({ serverUrl: window.location.origin, ...route }, signal)
  if (access.kind !== 'granted') await forgetOfflineCourse(route.courseId).catch(() => {})
  return access
}

function CourseBoard(props: { route: BoardRoute; access: CourseAccess; licenseKey: string | null }) {
  const t = useBoardText()
  const connection = useCourseConnection(props.route, props.access)
  const store = useCourseStore(connection, props.access)
  if (!connection) return null
  if (!store) {
    return (
      <PageMessage>
        <p>{t('loadingBoard')}</p>
        <ConnectionBadge connection={connection} />
      </PageMessage>
    )
  }
  return <Board connection={connection} access={props.access} store={store} licenseKey={props.licenseKey} />
}

export function PageMessage({ children }: { children: ReactNode }) {
  return <main className="page-message">{children}</main>
}
