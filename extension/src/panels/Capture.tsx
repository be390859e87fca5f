import { todayIso } from '@bordenden/ui'
import { CaptureForm } from '@bordenden/ui/panel'
import type { BordendenApi } from '../lib/api.ts'
import { applyCapture } from '../lib/capture.ts'
import { courseConnection } from '../lib/connections.ts'
import { type PendingCapture, type Settings, writePendingCapture } from '../lib/settings.ts'
import { useLoad } from '../lib/useLoad.ts'
import { Loading } from './Loading.tsx'

/** The selected text from the context menu, waiting for the person's confirmation. */
export function Capture({
  api,
  settings,
  pending,
  selectedId,
  onAdded,
}: {
  api: BordendenApi
  settings: Settings
  pending: PendingCapture
  selectedId: string | null
  onAdded(): void
}) {
  const [loaded, reload] = useLoad('capture-courses', () => api.overview())
  return (
    <Loading loaded={loaded} retry={reload}>
      {({ courses }) => (
        <CaptureForm
          key={pending.at}
          text={pending.text}
          courses={courses}
          initialCourseId={selectedId}
          onCancel={() => void writePendingCapture(null)}
          onConfirm={async (courseId, kind, text) => {
            const connection = courseConnection(settings, courseId)
            await connection.whenSynced()
            connection.course.doc.transact(() =>
              applyCapture(
                connection.course,
                kind,
                text,
                `user:${settings.user?.id ?? 'unknown'}`,
                todayIso(),
              ),
            )
            await writePendingCapture(null)
            onAdded()
          }}
        />
      )}
    </Loading>
  )
}
