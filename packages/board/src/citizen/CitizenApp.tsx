import { type CourseAccess, type CourseConnection, fetchCourseAccess } from '@bordenden/client'
import { CitizenPage, useLocaleChoice } from '@bordenden/ui'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { useConnectionStatus } from '../ConnectionBadge.tsx'
import { EvaluationSection } from '../evaluation/EvaluationSection.tsx'
import { CitizenOutcomeSection } from '../measures/CitizenOutcomeSection.tsx'
import { MyAgreements } from '../mine/MyAgreements.tsx'
import { SuggestTopics } from '../suggestions/SuggestTopics.tsx'
import { useAsync } from '../useAsync.ts'
import { useConnection } from '../useConnection.ts'
import { exposeCourseForTests } from './exposeCourseForTests.ts'
import { approveRecord, fullRecordUrl, RecordChangedError } from './records.ts'
import type { CitizenRoute } from './route.ts'
import { citizenPageText } from './texts.ts'
import { useLatestRecord } from './useLatestRecord.ts'

/** The citizen page: ask the server what the link may do, then show the course live. */
export function CitizenApp({ route }: { route: CitizenRoute }) {
  const startup = useAsync(
    useCallback(
      (signal: AbortSignal) => fetchCourseAccess({ serverUrl: window.location.origin, ...route }, signal),
      [route],
    ),
  )
  if (startup.state === 'loading') return <Message>{citizenPageText('loading')}</Message>
  if (startup.state === 'failed') {
    return (
      <Message>
        <p>{citizenPageText('startupFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {citizenPageText('retry')}
        </button>
      </Message>
    )
  }
  switch (startup.value.kind) {
    case 'sign-in-required':
      return <Message>{citizenPageText('needsLink')}</Message>
    case 'forbidden':
      return <Message>{citizenPageText('forbidden')}</Message>
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
  const [locale, setLocale] = useLocaleChoice()
  const [visible, setVisible] = useState(false)
  const [record, reloadRecord] = useLatestRecord(route, access)

  useEffect(() => exposeCourseForTests(connection.course), [connection])

  const onVisibleChange = (show: boolean) => {
    setVisible(show)
    const name = connection.course.readMeta()?.citizenName || citizenPageText('citizen')
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
    <>
      <CitizenPage
        course={connection.course}
        locale={locale}
        onLocaleChange={setLocale}
        live={live}
        asCitizen={access.role === 'citizen'}
        visible={visible}
        onVisibleChange={onVisibleChange}
        record={record}
        recordActions={recordActions}
      >
        <CitizenOutcomeSection route={route} asCitizen={access.role === 'citizen'} />
      </CitizenPage>
      {/* Her own agreements, suggestions and evaluation, any day, through REST: the document stays read-only. */}
      {access.role === 'citizen' && (
        <div className="citizen-page">
          <MyAgreements route={route} locale={locale} />
          <SuggestTopics route={route} locale={locale} />
          <EvaluationSection route={route} locale={locale} />
        </div>
      )}
    </>
  )
}

const hidden = () => null

function Message({ children }: { children: ReactNode }) {
  return <main className="citizen-message">{children}</main>
}
