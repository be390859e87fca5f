import type { CourseDoc } from '@bordenden/model'

declare global {
  interface Window {
    __bordendenCitizenCourse?: CourseDoc
  }
}

/**
 * End-to-end tests reach the page's own course document when the address carries `?e2e`, to show that
 * the server drops what a read-only page sends. It grants nothing the browser's developer tools would
 * not, and stays off otherwise.
 */
export function exposeCourseForTests(course: CourseDoc): (() => void) | undefined {
  if (!new URLSearchParams(window.location.search).has('e2e')) return undefined
  window.__bordendenCitizenCourse = course
  return () => {
    delete window.__bordendenCitizenCourse
  }
}
