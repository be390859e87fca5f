import type { ConnectionStatus, CourseAccess, CourseConnection } from '@bordenden/client'
import { atom, computed, createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from 'tldraw'
import { boundShapeUtils } from '../canvas/shapes/index.ts'
import { bindCanvas } from './canvasBinding.ts'
import { publishPresence } from './publishPresence.ts'
import { showPeers } from './showPeers.ts'

export interface CourseStore {
  store: TLStore
  dispose(): void
}

/**
 * A tldraw store bound to a course: its canvas records and everyone's presence. Create it once the
 * connection has synced, so that it starts from the server's canvas instead of an empty one.
 *
 * Whether the board may be edited follows the server: the access checked before connecting, checked again
 * after every reconnect, because the server closes the socket when a link's edit window ends and reconnects
 * it read-only. Without that the board would keep accepting edits the server silently drops.
 */
export function createCourseStore(connection: CourseConnection, access: CourseAccess): CourseStore {
  const $status = atom<ConnectionStatus>('bordenden: connection status', connection.status)
  const $canEdit = atom('bordenden: can edit', access.canEdit)
  const abort = new AbortController()
  const stopStatus = connection.onStatusChange((status) => {
    $status.set(status)
    if (status !== 'connected') return
    connection.fetchAccess(abort.signal).then(
      (result) => $canEdit.set(result.kind === 'granted' && result.access.canEdit),
      // Unanswered: keep what we knew; the server enforces its answer on the socket regardless.
      () => {},
    )
  })

  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...boundShapeUtils],
    bindingUtils: defaultBindingUtils,
    // Drives tldraw's collaboration UI (people menu, offline indicator) and its read-only mode.
    collaboration: {
      status: computed('bordenden: collaboration status', () =>
        $status.get() === 'connected' ? 'online' : 'offline',
      ),
      // Also read-only once the server has refused the connection for good: those edits could never sync.
      mode: computed('bordenden: collaboration mode', () =>
        $canEdit.get() && $status.get() !== 'disconnected' ? 'readwrite' : 'readonly',
      ),
    },
    // Publishing needs the editor's live pointer. A hidden viewer (a read-only link not meant to be seen)
    // publishes nothing; the server would drop it anyway.
    onMount: (editor) =>
      access.showPresence ? publishPresence(store, connection, editor.inputs) : undefined,
  })
  const stopCanvas = bindCanvas(store, connection.course)
  const stopPeers = showPeers(store, connection.awareness)
  return {
    store,
    dispose() {
      abort.abort()
      stopPeers()
      stopCanvas()
      stopStatus()
    },
  }
}
