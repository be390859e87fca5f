import type { CourseDoc } from '@bordenden/model'
import { useCallback, useRef, useSyncExternalStore } from 'react'

/**
 * Re-renders the caller after every change to the course document, local or from the server, and
 * returns a number that grows with each: the citizen page recomputes what it shows from the model then.
 */
export function useCourseVersion(course: CourseDoc): number {
  const version = useRef(0)
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = () => {
        version.current += 1
        onChange()
      }
      course.doc.on('update', handler)
      return () => course.doc.off('update', handler)
    },
    [course],
  )
  return useSyncExternalStore(subscribe, () => version.current)
}
