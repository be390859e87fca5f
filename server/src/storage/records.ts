import type { MeetingFeedbackAnswers } from '@bordenden/model'
import type { RecordContent } from '../records/record-content.ts'
import type { RecordChange } from '../records/record-diff.ts'

export type RecordStatus = 'draft' | 'approved' | 'sent'
/** How the citizen approved: at the meeting, in person later, or themselves through their link. */
export type ApprovalMethod = 'inMeeting' | 'inPerson' | 'citizenLink'

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

/** What the citizen answered right after a meeting (the follow-up guide and the four scales), and when. */
export type MeetingFeedback = MeetingFeedbackAnswers & { answeredAt: number; recordedBy: string }

export interface RecordStore {
  /** The newest version of each meeting's record, and older versions too, newest first. */
  listRecords(courseId: string): Promise<AgreementRecord[]>
  recordById(id: string): Promise<AgreementRecord | null>
  latestForMeeting(courseId: string, meetingId: string): Promise<AgreementRecord | null>
  insertRecord(record: AgreementRecord): Promise<void>
  /** Replaces a draft's content; the store refuses it for any record that is not a draft. */
  replaceDraft(record: AgreementRecord): Promise<void>
  approve(id: string, at: number, by: string, method: ApprovalMethod): Promise<void>
  markSent(id: string, at: number, by: string, to: string[]): Promise<void>
  /** Stored apart from the course document, so participants with the board never see it. */
  saveFeedback(courseId: string, meetingId: string, feedback: MeetingFeedback): Promise<void>
  feedbackFor(courseId: string, meetingId: string): Promise<MeetingFeedback | null>
}
