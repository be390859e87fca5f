import { type CourseAccess, type CourseConnection, fetchCourseAccess } from '@bordenden/client'
import type { Locale } from '@bordenden/model'
import { CitizenPage, type RecordState } from '@bordenden/ui'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { useConnectionStatus } from '../ConnectionBadge.tsx'
import { useAsync } from '../useAsync.ts'
import { useConnection } from '../useConnection.ts'
import { exposeCourseForTests } from './exposeCourseForTests.ts'
import { loadLocale, saveLocale } from './locale.ts'
import { approveRecord, fetchLatestRecord, fullRecordUrl, RecordChangedError } from './records.ts'
import type { CitizenRoute } from './route.ts'
import { citizenPageTexts as texts } from './texts.ts'

/** The citizen page: ask the server what the link may do, then show the course live. */
export function CitizenApp({ route }: { route: CitizenRoute }) {
  const startup = useAsync(
    useCallback(
      (signal: AbortSignal) => fetchCourseAccess({ serverUrl: window.location.origin, ...route }, signal),
      [route],
    ),
  )
  if (startup.state === 'loading') return <Message>{texts.loading}</Message>
  if (startup.state === 'failed') {
    return (
      <Message>
        <p>{texts.startupFailed}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {texts.retry}
        </button>
      </Message>
    )
  }
  switch (startup.value.kind) {
    case 'sign-in-required':
      return <Message>{texts.needsLink}</Message>
    case 'forbidden':
      return <Message>{texts.forbidden}</Message>
    case 'granted':
      return <LiveCitizenPage route={route} access={startup.value.access} />
  }
}

function LiveCitizenPage({ route, access }: { route: CitizenRoute; access: CourseAccess }) {
  // Nobody sees the citizen until they choose to be seen: the connection starts without a user.
  const connection = useConnection(route, hidden)
  if (!connection) return null
  return <ConnectedPage route={route} access={access} connection={connection} />
}

function ConnectedPage(props: { route: CitizenRoute; access: CourseAccess; connection: CourseConnection }) {
  const { route, access, connection } = props
  const live = useConnectionStatus(connection)
  const [locale, setLocale] = useState<Locale>(loadLocale)
  const [visible, setVisible] = useState(false)
  const [record, reloadRecord] = useLatestRecord(route, access)

  useEffect(() => exposeCourseForTests(connection.course), [connection])
  useEffect(() => {
    document.documentElement.lang = locale
    saveLocale(locale)
  }, [locale])

  const onVisibleChange = (show: boolean) => {
    setVisible(show)
    const name = connection.course.readMeta()?.citizenName || texts.citizen
    if (show) connection.setUser({ id: `citizen:${connection.doc.clientID}`, name, color: '#1b6e3a' })
    else connection.hide()
  }

  const recordActions = useMemo(
    () => ({
      canApprove: access.role === 'citizen',
      // A record that changed since it was shown is shown anew, to be read before it is approved.
      approve: (recordId: string) =>
        approveRecord(route, recordId).catch((error: unknown) => {
          if (error instanceof RecordChangedError) reloadRecord()
          throw error
        }),
      fullRecordUrl: (recordId: string) => fullRecordUrl(route, recordId),
    }),
    [route, access.role, reloadRecord],
  )

  return (
    <CitizenPage
      course={connection.course}
      locale={locale}
      onLocaleChange={setLocale}
      live={live}
      visible={visible}
      onVisibleChange={onVisibleChange}
      record={record}
      recordActions={recordActions}
    />
  )
}

/** The newest agreement record, for links that may read records (the citizen's, a coordinator's). */
function useLatestRecord(route: CitizenRoute, access: CourseAccess): [RecordState, () => void] {
  const readable = access.role === 'citizen' || access.role === 'coordinator'
  // Records are frozen outside the document, so no update announces a new one: ask again whenever the
  // citizen comes back to the page.
  const [visits, setVisits] = useState(0)
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setVisits((n) => n + 1)
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [])
  // biome-ignore lint/correctness/useExhaustiveDependencies: each visit is a reason to load again
  const load = useCallback(
    (signal: AbortSignal) => (readable ? fetchLatestRecord(route, signal) : Promise.resolve(null)),
    [route, readable, visits],
  )
  const result = useAsync(load)
  const reload = useCallback(() => setVisits((n) => n + 1), [])
  if (!readable) return [{ kind: 'unavailable' }, reload]
  if (result.state === 'loading') return [{ kind: 'loading' }, reload]
  if (result.state === 'failed') return [{ kind: 'failed' }, reload]
  return [{ kind: 'ready', latest: result.value }, reload]
}

const hidden = () => null

function Message({ children }: { children: ReactNode }) {
  return <main className="citizen-message">{children}</main>
}
