import type { CourseDoc } from '@bordenden/model'

/** What a query may be asked about besides the course: ids, a day, a language. */
export type QueryArg = string | number | boolean | null | undefined

/**
 * A model query over the course. Pass one defined outside the component (`citizenNetwork`,
 * `parkedTopicsOf`, …): answers are kept per function, so a function made anew on each render would
 * never be answered from memory.
 */
export type CourseQuery<T, Args extends QueryArg[]> = (course: CourseDoc, ...args: Args) => T

/**
 * The answers of model queries over one course, kept until its content next changes (one change per
 * Yjs transaction and type): however many views ask, and however often they render, each query is
 * computed, and its entities validated, once per change. Canvas layout is not content, so dragging a
 * card keeps every answer. Views share the answers and must not change them.
 */
export class CourseQueries {
  private version = 0
  private readonly answers = new Map<CourseQuery<unknown, never>, Map<string, unknown>>()
  private readonly listeners = new Set<() => void>()
  private readonly course: CourseDoc

  constructor(course: CourseDoc) {
    this.course = course
    course.observeContent(() => {
      this.version += 1
      this.answers.clear()
      for (const listener of this.listeners) listener()
    })
  }

  /** For `useSyncExternalStore`: `onChange` after every content change, until the returned stop. */
  readonly subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange)
    return () => this.listeners.delete(onChange)
  }

  /** A number that changes with the content, by anyone. */
  readonly currentVersion = (): number => this.version

  answer<T, Args extends QueryArg[]>(read: CourseQuery<T, Args>, ...args: Args): T {
    const key = JSON.stringify(args)
    let byArgs = this.answers.get(read as CourseQuery<unknown, never>)
    if (!byArgs) {
      byArgs = new Map()
      this.answers.set(read as CourseQuery<unknown, never>, byArgs)
    }
    if (!byArgs.has(key)) byArgs.set(key, read(this.course, ...args))
    return byArgs.get(key) as T
  }
}

const byCourse = new WeakMap<CourseDoc, CourseQueries>()

/** The one set of answers of a course, shared by every view of it (it watches the course for as long as it lives). */
export function courseQueries(course: CourseDoc): CourseQueries {
  let queries = byCourse.get(course)
  if (!queries) {
    queries = new CourseQueries(course)
    byCourse.set(course, queries)
  }
  return queries
}
