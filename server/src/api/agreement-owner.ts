import type { Agreement } from '@bordenden/model'
import type { CourseAccess } from '../auth/course-access.ts'

/**
 * Whether a link may report on this agreement: the citizen's link on the citizen's agreements, a link
 * given to a network person on that person's. Owning is decided here only, on the server.
 */
export function linkOwnsAgreement(access: CourseAccess, agreement: Agreement): boolean {
  const { owner } = agreement
  if (access.role === 'citizen' && owner?.kind === 'citizen') return true
  return (
    access.role !== 'viewer' &&
    owner?.kind === 'person' &&
    access.personId !== null &&
    owner.personId === access.personId
  )
}

/** The coordinator reports on any agreement; anyone else on their own. */
export const mayReport = (access: CourseAccess, agreement: Agreement) =>
  access.role === 'coordinator' || linkOwnsAgreement(access, agreement)
