import type { CoursePhase, DueMeasurement, IsoDate, MeetingStatus } from '@bordenden/model'

/** The shapes the panel reads from the server's JSON API (`/api/overview`, `/api/follow-ups`, records). */

export interface MeetingSummary {
  id: string
  title: string
  date: IsoDate
  startTime: string | null
  status: MeetingStatus
}

export interface CourseOverview {
  courseId: string
  title: string
  phase: CoursePhase | null
  openMeeting: MeetingSummary | null
  nextMeeting: MeetingSummary | null
  overdue: number
  dueSoon: number
  /** The outcome questionnaire the citizen should answer now, if any. */
  measurementDue: DueMeasurement | null
}

/** The follow-up list is the web home's: the same server answer, the same types. */
export type {
  FollowUpCourse as CourseFollowUps,
  FollowUpItem as FollowUpAgreement,
} from '../course/useFollowUps.ts'

/** A frozen agreement record as `GET /api/records/:courseId` lists it (without canvas and images). */
export interface RecordSummary {
  id: string
  meetingId: string
  version: number
  status: 'draft' | 'approved' | 'sent'
  content: {
    course: { citizenName: string }
    meeting: { title: string; date: IsoDate; attendance: { name: string; present: boolean }[] }
  }
  createdAt: number
  approvedAt: number | null
  sentAt: number | null
  sentTo: string[]
}
