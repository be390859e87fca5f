import type { CourseDoc } from '@bordenden/model'
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'

/**
 * The one binding of React views to a course: a number that changes when the course's structured
 * content does (people, meetings, agenda, parking lot, goals, agreements, metadata, phase), by anyone.
 * Canvas layout is not content: a dragged card re-renders no list.
 */
export function useContentVersion(course: CourseDoc): number {
  const version = useRef(0)
  const subscribe = useCallback(
    (onChange: () => void) =>
      course.observeContent(() => {
        version.current += 1
        onChange()
      }),
    [course],
  )
  return useSyncExternalStore(subscribe, () => version.current)
}

/**
 * A model query (`read`) over the course, computed again only after its content changed: the lists a
 * view shows are made once per change, however often it renders in between.
 */
export function useCourseQuery<T>(course: CourseDoc, read: (course: CourseDoc) => T): T {
  const version = useContentVersion(course)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is what says the content changed
  return useMemo(() => read(course), [course, version])
}
