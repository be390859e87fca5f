import { todayIso } from '@bordenden/ui'
import { CaptureForm } from '@bordenden/ui/panel'
import type { BordendenApi } from '../lib/api.ts'
import { applyCapture } from '../lib/capture.ts'
import { courseConnection, whenSyncedWithin } from '../lib/connections.ts'
import { type PendingCapture, type Settings, writePendingCapture } from '../lib/settings.ts'
import { useLoad } from '../lib/useLoad.ts'
import { Loading } from './Loading.tsx'

/**
 * The selected text from the context menu, waiting for the person's confirmation. `onDone` is told how
 * it ended before the form goes, so the panel knows where focus should go next.
 */
export function Capture({
  api,
  settings,
  pending,
  selectedId,
  onDone,
}: {
  api: BordendenApi
  settings: Settings
  pending: PendingCapture
  selectedId: string | null
  onDone(added: boolean): void
}) {
  const [loaded, reload] = useLoad('capture-courses', () => api.overview())
  return (
    <Loading loaded={loaded} retry={reload}>
      {({ courses }) => (
        <CaptureForm
          key={pending.at}
          text={pending.text}
          length={pending.length}
          courses={courses}
          initialCourseId={selectedId}
          onCancel={() => {
            onDone(false)
            void writePendingCapture(null)
          }}
          onConfirm={async (courseId, kind, text) => {
            const connection = courseConnection(settings, courseId)
            await whenSyncedWithin(connection)
            connection.course.doc.transact(() =>
              applyCapture(
                connection.course,
                kind,
                text,
                `user:${settings.user?.id ?? 'unknown'}`,
                todayIso(),
              ),
            )
            onDone(true)
            await writePendingCapture(null)
          }}
        />
      )}
    </Loading>
  )
}
