import type {
  ChecklistProgress,
  Closure,
  ClosureInput,
  CoursePhase,
  MeetingFeedbackAnswers,
  TimelineEvent,
} from '@bordenden/model'
import { ApiError, request } from '../home/api.ts'

// The course page's part of the JSON API (`/api/lifecycle`, `/api/records`, `/api/feedback`), typed as
// the server answers. Same origin, like the home page's (../home/api.ts).

export interface Lifecycle {
  phase: CoursePhase | null
  /** The meeting the per-meeting checklists are for. */
  meetingId: string | null
  phaseBeforePause: CoursePhase | null
  closure: Closure | null
  checklists: ChecklistProgress[]
  timeline: TimelineEvent[]
}

export type RecordStatus = 'draft' | 'approved' | 'sent'
export type ApprovalMethod = 'inMeeting' | 'inPerson' | 'citizenLink'

/** One line of what changed from the previous version, in the server's plain Danish. */
export interface RecordChange {
  kind: 'added' | 'changed' | 'removed'
  what: 'goal' | 'agreement'
  text: string
}

/** A version of a meeting's agreement record as `GET /api/records/:courseId` lists it. */
export interface RecordVersion {
  id: string
  meetingId: string
  version: number
  status: RecordStatus
  hash: string
  changes: RecordChange[]
  createdAt: number
  approvedAt: number | null
  approvalMethod: ApprovalMethod | null
  sentAt: number | null
  sentTo: string[]
  content: {
    course: { citizenName: string }
    meeting: { title: string; date: string; attendance: { name: string; present: boolean }[] }
    /** `missing`: what an agreement lacks (what / who / by when), in Danish; empty when complete. */
    agreements: { id: string; what: string; missing: string[] }[]
  }
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/')

/**
 * A lifecycle change the model refuses comes back in the model's English ("the course is closed"): the
 * page says what failed in its own words instead.
 */
const change = <T>(pending: Promise<T>): Promise<T> =>
  pending.catch((error: unknown) => {
    throw error instanceof ApiError ? new ApiError(error.status, '') : error
  })

export const courseApi = {
  lifecycle: (courseId: string, meetingId: string | null) =>
    request<Lifecycle>(
      'GET',
      `/api/lifecycle/${path(courseId)}${meetingId ? `?${new URLSearchParams({ meeting: meetingId })}` : ''}`,
    ),
  tick: (courseId: string, itemId: string, checked: boolean, meetingId: string | null) =>
    change(
      request<{ ok: true }>('PUT', `/api/lifecycle/${path(courseId, 'checklist', itemId)}`, {
        checked,
        meetingId,
      }),
    ),
  changePhase: (courseId: string, to: CoursePhase, note: string) =>
    change(request<{ ok: true }>('POST', `/api/lifecycle/${path(courseId)}/phase`, { to, note })),
  close: (courseId: string, closure: ClosureInput) =>
    change(request<{ ok: true }>('POST', `/api/lifecycle/${path(courseId)}/close`, closure)),
  reopen: (courseId: string, to: CoursePhase, note: string) =>
    change(request<{ ok: true }>('POST', `/api/lifecycle/${path(courseId)}/reopen`, { to, note })),

  records: (courseId: string) =>
    request<{ records: RecordVersion[] }>('GET', `/api/records/${path(courseId)}`),
  /** Freezes the meeting's record from the board as it is now (a draft is refreshed in place). */
  freeze: (courseId: string, meetingId: string) =>
    request<{ record: RecordVersion }>('POST', `/api/records/${path(courseId)}`, { meetingId }),
  /**
   * The citizen's approval, given at the meeting or in person later, as the coordinator records it: of
   * the version shown (its hash), so a version frozen meanwhile is not approved unseen.
   */
  approve: (courseId: string, record: RecordVersion, method: 'inMeeting' | 'inPerson') =>
    request<{ record: RecordVersion }>('POST', `/api/records/${path(courseId, record.id)}/approve`, {
      hash: record.hash,
      method,
    }),
  /**
   * Marks the record as sent to `recipients`; with e-mail set up the server also mails it to those with
   * an address (`mail`), without it `mail` is null and the municipality's own channel does the sending.
   */
  markSent: (courseId: string, recordId: string, recipients: string[]) =>
    request<{ record: RecordVersion; mail: { queued: number; withoutAddress: number } | null }>(
      'POST',
      `/api/records/${path(courseId, recordId)}/send`,
      {
        recipients,
      },
    ),
  journalUrl: (courseId: string, recordId: string) => `/api/records/${path(courseId, recordId)}/journal.txt`,
  printUrl: (courseId: string, recordId: string) => `/api/records/${path(courseId, recordId)}/print`,

  /** The citizen's copy, as a file download. */
  exportUrl: (courseId: string) => `/api/courses/${path(courseId)}/export`,
  /** Step one of deleting: what will go, and the title to type back. */
  deletion: (courseId: string) =>
    request<{ title: string; records: number; links: number }>(
      'GET',
      `/api/courses/${path(courseId)}/deletion`,
    ),
  /** Step two: deletes the course with everything of it, when `confirmTitle` is its title. */
  deleteCourse: (courseId: string, confirmTitle: string) =>
    request<{ deleted: true }>('DELETE', `/api/courses/${path(courseId)}`, { confirmTitle }),

  feedback: (courseId: string, meetingId: string) =>
    request<{ feedback: MeetingFeedbackAnswers | null }>('GET', `/api/feedback/${path(courseId, meetingId)}`),
  saveFeedback: (courseId: string, meetingId: string, answers: MeetingFeedbackAnswers) =>
    request<{ ok: true }>('PUT', `/api/feedback/${path(courseId, meetingId)}`, answers),
}

/** The journal text, as the server renders it for pasting into Nexus, Cura or Momentum. */
export async function fetchJournalText(courseId: string, recordId: string): Promise<string> {
  const response = await fetch(courseApi.journalUrl(courseId, recordId), { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`journal text answered ${response.status}`)
  return response.text()
}
