import type { CourseDoc } from '@bordenden/model'
import { useSyncExternalStore } from 'react'
import { type CourseQuery, courseQueries, type QueryArg } from './courseQueries.ts'

/**
 * The one binding of React views to a course: a number that changes when the course's structured
 * content does (people, meetings, agenda, parking lot, goals, agreements, metadata, phase), by anyone.
 * Canvas layout is not content: a dragged card re-renders no list.
 */
export function useContentVersion(course: CourseDoc): number {
  const queries = courseQueries(course)
  return useSyncExternalStore(queries.subscribe, queries.currentVersion)
}

/**
 * A model query (`read`, defined outside the component) over the course and `args`, computed again only
 * after the content changed: the lists a view shows are made once per change, for every view asking,
 * however often they render in between.
 */
export function useCourseQuery<T, Args extends QueryArg[]>(
  course: CourseDoc,
  read: CourseQuery<T, Args>,
  ...args: Args
): T {
  useContentVersion(course)
  return courseQueries(course).answer(read, ...args)
}
