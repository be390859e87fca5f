import type { ApprovalMethod, RecordStatus } from '@bordenden/contract'
import type { MeetingFeedbackAnswers } from '@bordenden/model'
import type { RecordContent } from '../records/record-content.ts'
import type { RecordChange } from '../records/record-diff.ts'

export type { ApprovalMethod, RecordStatus }

/** A frozen, versioned agreement record (aftalereferat) of one meeting. */
export interface AgreementRecord {
  id: string
  courseId: string
  meetingId: string
  version: number
  status: RecordStatus
  content: RecordContent
  /** The tldraw canvas records at freezing time. */
  canvas: unknown[]
  /** SVG images of the boards, rendered from the model at freezing time. */
  images: { network: string; goals: string }
  /** SHA-256 over the canonical serialisation of content, canvas and images. */
  hash: string
  /** What changed since the previous approved version, in plain words. */
  changes: RecordChange[]
  createdAt: number
  createdBy: string
  approvedAt: number | null
  approvedBy: string | null
  approvalMethod: ApprovalMethod | null
  sentAt: number | null
  sentBy: string | null
  sentTo: string[]
}

export interface Approval {
  /** The content hash of the version the citizen read and approves. */
  hash: string
  at: number
  by: string
  method: ApprovalMethod
}

/** What the citizen answered right after a meeting (the follow-up guide and the four scales), and when. */
export type MeetingFeedback = MeetingFeedbackAnswers & { answeredAt: number; recordedBy: string }

export interface RecordStore {
  /** The newest version of each meeting's record, and older versions too, newest first. */
  listRecords(courseId: string): Promise<AgreementRecord[]>
  recordById(id: string): Promise<AgreementRecord | null>
  latestForMeeting(courseId: string, meetingId: string): Promise<AgreementRecord | null>
  /** Adds a new draft; false when the meeting has that version already (another freeze was first). */
  insertRecord(record: AgreementRecord): Promise<boolean>
  /** Replaces a draft's content; false when the record is no longer a draft. */
  replaceDraft(record: AgreementRecord): Promise<boolean>
  /**
   * Approves a draft if its content hash is still the one the citizen saw; false when it is not (the
   * draft was refreshed, or approved meanwhile). The check and the change are one statement.
   */
  approve(id: string, approval: Approval): Promise<boolean>
  /** Marks an approved record as sent; false when it is not approved (sent already, or a draft). */
  markSent(id: string, at: number, by: string, to: string[]): Promise<boolean>
  /** Stored apart from the course document, so participants with the board never see it. */
  saveFeedback(courseId: string, meetingId: string, feedback: MeetingFeedback): Promise<void>
  feedbackFor(courseId: string, meetingId: string): Promise<MeetingFeedback | null>
}
