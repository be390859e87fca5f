// The JSON API the home and sign-in pages use (`/api/auth`, `/api/courses`), through the typed client of
// @bordenden/contract: a changed answer on the server is a compile error here. The course page adds its
// own calls in ../course/api.ts. Same origin, so the session cookie goes along and the server's CSRF
// check sees `Sec-Fetch-Site: same-origin`.
import { type Answer, ApiError, answer, apiClient } from '@bordenden/contract/api'
import type { Locale } from '@bordenden/model'
import type { ClientResponse } from 'hono/client'

export { ApiError }

/** The whole API, on this page's origin, with the session cookie. */
export const client = apiClient(globalThis.location?.origin ?? 'http://localhost', {
  init: { credentials: 'same-origin' },
  headers: { accept: 'application/json' },
})

/** What a client call answers when it succeeds. */
// biome-ignore lint/suspicious/noExplicitAny: any call's arguments
export type AnswerOf<Call extends (...args: any[]) => Promise<ClientResponse<unknown>>> = Answer<
  Awaited<ReturnType<Call>>
>

const courses = client.api.courses
const course = (courseId: string) => ({ param: { courseId } })

export type User = AnswerOf<typeof client.api.auth.me.$get>['user']
export type CourseSummary = AnswerOf<typeof courses.$get>['courses'][number]
/** A coordinator on a course; the owner may take the others off it. */
export type CourseMember = AnswerOf<(typeof courses)[':courseId']['$get']>['members'][number]
export type MeetingSummary = AnswerOf<(typeof courses)[':courseId']['meetings']['$get']>['meetings'][number]
export type ShareLink = AnswerOf<(typeof courses)[':courseId']['links']['$get']>['links'][number]
export type { LinkKind } from '@bordenden/contract'
export type NewLink = Parameters<(typeof courses)[':courseId']['links']['$post']>[0]['json']
export type AuditEntry = AnswerOf<(typeof courses)[':courseId']['audit']['$get']>['entries'][number]

export const api = {
  login: (email: string, password: string) =>
    answer(client.api.auth.login.$post({ json: { email, password } })),
  logout: () => answer(client.api.auth.logout.$post()),
  me: () => answer(client.api.auth.me.$get()),
  setLocale: (locale: Locale) => answer(client.api.auth.locale.$put({ json: { locale } })),
  changePassword: (currentPassword: string, newPassword: string) =>
    answer(client.api.auth.password.$post({ json: { currentPassword, newPassword } })),
  courses: () => answer(courses.$get()),
  course: (courseId: string) => answer(courses[':courseId'].$get(course(courseId))),
  createCourse: (title: string, citizenName: string) =>
    answer(courses.$post({ json: { title, citizenName } })),
  addMember: (courseId: string, email: string) =>
    answer(courses[':courseId'].members.$post({ ...course(courseId), json: { email } })),
  removeMember: (courseId: string, userId: string) =>
    answer(courses[':courseId'].members[':userId'].$delete({ param: { courseId, userId } })),
  meetings: (courseId: string) => answer(courses[':courseId'].meetings.$get(course(courseId))),
  links: (courseId: string) => answer(courses[':courseId'].links.$get(course(courseId))),
  createLink: (courseId: string, link: NewLink) =>
    answer(courses[':courseId'].links.$post({ ...course(courseId), json: link })),
  setEditWindow: (courseId: string, linkId: string, editFrom: number | null, editUntil: number | null) =>
    answer(
      courses[':courseId'].links[':linkId'].$patch({
        param: { courseId, linkId },
        json: { editFrom, editUntil },
      }),
    ),
  revokeLink: (courseId: string, linkId: string) =>
    answer(courses[':courseId'].links[':linkId'].$delete({ param: { courseId, linkId } })),
  audit: (courseId: string) => answer(courses[':courseId'].audit.$get(course(courseId))),
}
