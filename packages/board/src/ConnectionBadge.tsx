import type { ConnectionStatus, CourseConnection } from '@bordenden/client'
import { useCallback, useSyncExternalStore } from 'react'
import { useBoardText } from './texts.ts'

export function useConnectionStatus(connection: CourseConnection): ConnectionStatus {
  const subscribe = useCallback((onChange: () => void) => connection.onStatusChange(onChange), [connection])
  return useSyncExternalStore(subscribe, () => connection.status)
}

/** Whether edits reach the others right now: a meeting has to know when the board is on its own. */
export function ConnectionBadge({ connection }: { connection: CourseConnection }) {
  const status = useConnectionStatus(connection)
  const t = useBoardText()
  return (
    <output className="connection-badge" data-status={status}>
      {t(status)}
    </output>
  )
}
