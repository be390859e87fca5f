import type { CourseConnection } from '@bordenden/client'
import { todayIso } from '@bordenden/ui'
import { CourseList, FollowUpList, LiveMeeting, RecordPanel, usePanelText } from '@bordenden/ui/panel'
import { useEffect, useState } from 'react'
import type { BordendenApi } from '../lib/api.ts'
import { refreshBadge } from '../lib/badge.ts'
import { courseConnection } from '../lib/connections.ts'
import type { Settings } from '../lib/settings.ts'
import { useLoad } from '../lib/useLoad.ts'
import { Loading } from './Loading.tsx'

export function CoursesTab({
  api,
  selectedId,
  onSelect,
}: {
  api: BordendenApi
  selectedId: string | null
  onSelect(id: string): void
}) {
  const [loaded, reload] = useLoad('overview', () => api.overview())
  return (
    <Loading loaded={loaded} retry={reload}>
      {({ today, courses }) => (
        <CourseList
          courses={courses}
          today={today}
          selectedId={selectedId}
          onSelect={onSelect}
          boardUrl={(id) => api.boardUrl(id)}
        />
      )}
    </Loading>
  )
}

export function FollowUpsTab({ api }: { api: BordendenApi }) {
  const [loaded, reload] = useLoad('follow-ups', () => api.followUps())
  return (
    <Loading loaded={loaded} retry={reload}>
      {({ today, courses }) => (
        <FollowUpList
          courses={courses}
          today={today}
          onChangeStatus={async (courseId, agreementId, to, note) => {
            await api.changeStatus(courseId, agreementId, to, note)
            void refreshBadge()
            await reload()
          }}
        />
      )}
    </Loading>
  )
}

/** Follows a connection's status, so the view says when edits are not reaching the others. */
function useConnectionStatus(connection: CourseConnection) {
  const [status, setStatus] = useState(connection.status)
  useEffect(() => {
    setStatus(connection.status)
    return connection.onStatusChange(setStatus)
  }, [connection])
  return status
}

export function MeetingTab({
  api,
  settings,
  courseId,
}: {
  api: BordendenApi
  settings: Settings
  courseId: string
}) {
  const t = usePanelText()
  const connection = courseConnection(settings, courseId)
  const status = useConnectionStatus(connection)
  const [access] = useLoad(`access:${courseId}`, () => api.access(courseId))
  const canEdit = access.state === 'ready' && access.value.canEdit
  return (
    <div>
      {status !== 'connected' && (
        <p role="status" className="bd-muted">
          {t(status === 'connecting' ? 'connecting' : status)}
        </p>
      )}
      {status === 'connected' && !canEdit && <p className="bd-muted">{t('readOnly')}</p>}
      <LiveMeeting
        course={connection.course}
        today={todayIso()}
        actor={`user:${settings.user?.id ?? 'unknown'}`}
        canEdit={canEdit && status !== 'disconnected'}
      />
    </div>
  )
}

export function RecordTab({ api, courseId }: { api: BordendenApi; courseId: string }) {
  const [loaded, reload] = useLoad(`records:${courseId}`, () => api.records(courseId))
  return (
    <Loading loaded={loaded} retry={reload}>
      {({ records }) => (
        <RecordPanel
          records={records}
          today={todayIso()}
          onCopy={async (recordId) => {
            await navigator.clipboard.writeText(await api.journalText(courseId, recordId))
          }}
          onMarkSent={async (recordId, recipients) => {
            await api.markSent(courseId, recordId, recipients)
            await reload()
          }}
          onOpenPrint={async (recordId) => {
            // Fetched with the token and shown from the extension, so no board sign-in is needed. The
            // server's own script (its print button) is left out: no server script runs in the extension.
            const page = new DOMParser().parseFromString(await api.printable(courseId, recordId), 'text/html')
            for (const element of page.querySelectorAll('script, button.print')) element.remove()
            const html = `<!doctype html>${page.documentElement.outerHTML}`
            const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }))
            try {
              await tabLoaded((await chrome.tabs.create({ url })).id)
            } finally {
              URL.revokeObjectURL(url)
            }
          }}
        />
      )}
    </Loading>
  )
}

/**
 * Resolves once a tab has finished loading, or is closed, so the page it shows can be let go. Gives up
 * after a minute: the tab's page is then let go all the same.
 */
function tabLoaded(tabId: number | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      chrome.tabs.onUpdated.removeListener(onUpdated)
      chrome.tabs.onRemoved.removeListener(onRemoved)
      resolve()
    }
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done()
    }
    const onRemoved = (id: number) => {
      if (id === tabId) done()
    }
    const timer = setTimeout(done, 60_000)
    chrome.tabs.onUpdated.addListener(onUpdated)
    chrome.tabs.onRemoved.addListener(onRemoved)
    if (tabId === undefined) return done()
    // It may have loaded before the listeners were there.
    chrome.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done)
  })
}
