import { answer } from '@bordenden/contract/api'
import type { ClosureInput, CoursePhase, MeetingFeedbackAnswers } from '@bordenden/model'
import { type AnswerOf, ApiError, client } from '../home/api.ts'

// The course page's part of the JSON API (`/api/lifecycle`, `/api/records`, `/api/feedback`, `/api/handover`),
// through the typed client. Same origin, like the home page's (../home/api.ts).

const { lifecycle, records, feedback, handover, courses } = client.api

export type Lifecycle = AnswerOf<(typeof lifecycle)[':courseId']['$get']>
export type { ApprovalMethod, RecordStatus } from '@bordenden/contract'
/** A version of a meeting's agreement record as `GET /api/records/:courseId` lists it. */
export type RecordVersion = AnswerOf<(typeof records)[':courseId']['$get']>['records'][number]
/** One line of what changed from the previous version, in the server's plain Danish. */
export type RecordChange = RecordVersion['changes'][number]
export type Handover = AnswerOf<(typeof handover)[':courseId']['$get']>['handover']

const course = (courseId: string) => ({ param: { courseId } })
const ofRecord = (courseId: string, recordId: string) => ({ param: { courseId, recordId } })

/**
 * A lifecycle change the model refuses comes back with the model's reason: the page says what failed in
 * its own words instead.
 */
const change = <T>(pending: Promise<T>): Promise<T> =>
  pending.catch((error: unknown) => {
    throw error instanceof ApiError ? new ApiError(error.status) : error
  })

export const courseApi = {
  lifecycle: (courseId: string, meetingId: string | null) =>
    answer(
      lifecycle[':courseId'].$get({ ...course(courseId), query: meetingId ? { meeting: meetingId } : {} }),
    ),
  tick: (courseId: string, itemId: string, checked: boolean, meetingId: string | null) =>
    change(
      answer(
        lifecycle[':courseId'].checklist[':itemId'].$put({
          param: { courseId, itemId },
          json: { checked, meetingId },
        }),
      ),
    ),
  changePhase: (courseId: string, to: CoursePhase, note: string) =>
    change(answer(lifecycle[':courseId'].phase.$post({ ...course(courseId), json: { to, note } }))),
  close: (courseId: string, closure: ClosureInput) =>
    change(answer(lifecycle[':courseId'].close.$post({ ...course(courseId), json: closure }))),
  reopen: (courseId: string, to: CoursePhase, note: string) =>
    change(answer(lifecycle[':courseId'].reopen.$post({ ...course(courseId), json: { to, note } }))),

  records: (courseId: string) => answer(records[':courseId'].$get(course(courseId))),
  /** Freezes the meeting's record from the board as it is now (a draft is refreshed in place). */
  freeze: (courseId: string, meetingId: string) =>
    answer(records[':courseId'].$post({ ...course(courseId), json: { meetingId } })),
  /**
   * The citizen's approval, given at the meeting or in person later, as the coordinator records it: of
   * the version shown (its hash), so a version frozen meanwhile is not approved unseen.
   */
  approve: (courseId: string, record: RecordVersion, method: 'inMeeting' | 'inPerson') =>
    answer(
      records[':courseId'][':recordId'].approve.$post({
        ...ofRecord(courseId, record.id),
        json: { hash: record.hash, method },
      }),
    ),
  /**
   * Marks the record as sent to `recipients`; with e-mail set up the server also mails it to those with
   * an address (`mail`), without it `mail` is null and the municipality's own channel does the sending.
   */
  markSent: (courseId: string, recordId: string, recipients: string[]) =>
    answer(
      records[':courseId'][':recordId'].send.$post({ ...ofRecord(courseId, recordId), json: { recipients } }),
    ),
  journalUrl: (courseId: string, recordId: string) =>
    records[':courseId'][':recordId']['journal.txt'].$url({ ...ofRecord(courseId, recordId), query: {} })
      .pathname,
  printUrl: (courseId: string, recordId: string) =>
    records[':courseId'][':recordId'].print.$url(ofRecord(courseId, recordId)).pathname,

  /** The citizen's copy, as a file download. */
  exportUrl: (courseId: string) => courses[':courseId'].export.$url(course(courseId)).pathname,
  /** Step one of deleting: what will go, and the title to type back. */
  deletion: (courseId: string) => answer(courses[':courseId'].deletion.$get(course(courseId))),
  /** Step two: deletes the course with everything of it, when `confirmTitle` is its title. */
  deleteCourse: (courseId: string, confirmTitle: string) =>
    answer(courses[':courseId'].$delete({ ...course(courseId), json: { confirmTitle } })),

  feedback: (courseId: string, meetingId: string) =>
    answer(feedback[':courseId'][':meetingId'].$get({ param: { courseId, meetingId } })),
  saveFeedback: (courseId: string, meetingId: string, answers: MeetingFeedbackAnswers) =>
    answer(feedback[':courseId'][':meetingId'].$put({ param: { courseId, meetingId }, json: answers })),

  /** The latest handover of the course, if any. */
  handover: (courseId: string) => answer(handover[':courseId'].$get(course(courseId))),
  /** The owner hands the course to the coordinator with `email`. */
  handOver: (courseId: string, email: string) =>
    answer(handover[':courseId'].$post({ ...course(courseId), json: { email } })),
}

/** The journal text, as the server renders it for pasting into Nexus, Cura or Momentum. */
export const fetchJournalText = (courseId: string, recordId: string): Promise<string> =>
  answer(
    records[':courseId'][':recordId']['journal.txt'].$get({ ...ofRecord(courseId, recordId), query: {} }),
  )
