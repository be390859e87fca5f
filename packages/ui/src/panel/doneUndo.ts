import type { AgreementStatus } from '@bordenden/model'
import type { FollowUpAgreement } from './types.ts'

/**
 * An agreement just marked done, and how to put it back. Undoing is a second status change, not a
 * write held back for the window: the others see "done" at once, a panel closed within the window
 * loses nothing, and the status history and audit log say what happened (done, then back).
 */
export interface DoneChange {
  courseId: string
  agreementId: string
  what: string
  /** The status it had, with the note that status was given. */
  back: { to: AgreementStatus; note: string }
}

/**
 * The status change that puts `agreement` back as it is now: its status, with the note of the change
 * that gave it that status (a change to "Ændret" or "Opgivet" is refused without one).
 */
export function statusBefore(
  agreement: Pick<FollowUpAgreement, 'status' | 'lastChange'>,
): DoneChange['back'] {
  const { status, lastChange } = agreement
  return { to: status, note: lastChange?.to === status ? lastChange.note : '' }
}
