import type { CourseOverview } from '@bordenden/ui/panel'

/** What the toolbar badge counts: overdue agreements, and courses whose citizen has a questionnaire due. */
export function badgeCounts(courses: readonly Pick<CourseOverview, 'overdue' | 'measurementDue'>[]) {
  const overdue = courses.reduce((sum, c) => sum + c.overdue, 0)
  const measurementsDue = courses.filter((c) => c.measurementDue !== null).length
  return { overdue, measurementsDue, total: overdue + measurementsDue }
}
