import type { CourseDoc } from '@bordenden/model'
import { useEffect, useState } from 'react'

/**
 * A number that changes whenever the course document does, so a view over a `CourseDoc` re-renders on
 * every local or remote change (the model's reads are plain functions of the document).
 */
export function useCourseVersion(course: CourseDoc): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const onUpdate = () => setVersion((v) => v + 1)
    course.doc.on('update', onUpdate)
    return () => course.doc.off('update', onUpdate)
  }, [course])
  return version
}
