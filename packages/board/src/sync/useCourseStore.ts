import type { CourseAccess, CourseConnection } from '@bordenden/client'
import { useEffect, useState } from 'react'
import type { TLStore } from 'tldraw'
import { type CourseStore, createCourseStore } from './createCourseStore.ts'

/**
 * The course's tldraw store, once the connection has first synced; undefined until then. Later
 * disconnections keep the store: people go on editing and the provider catches up when the server is back.
 */
export function useCourseStore(
  connection: CourseConnection | undefined,
  access: CourseAccess,
): TLStore | undefined {
  const [store, setStore] = useState<TLStore>()
  useEffect(() => {
    if (!connection) return
    let courseStore: CourseStore | undefined
    let cancelled = false
    connection.whenSynced().then(
      () => {
        if (cancelled) return
        courseStore = createCourseStore(connection, access)
        setStore(courseStore.store)
      },
      // Refused before the first sync: the connection badge says so; there is no board to show.
      () => {},
    )
    return () => {
      cancelled = true
      courseStore?.dispose()
      setStore(undefined)
    }
  }, [connection, access])
  return store
}
