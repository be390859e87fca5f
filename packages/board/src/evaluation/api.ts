import type { MeetingFeedbackAnswers } from '@bordenden/model'
import type { CitizenRoute } from '../citizen/route.ts'

export interface CitizenEvaluation {
  meeting: { id: string; title: string; date: string } | null
  feedback: MeetingFeedbackAnswers | null
}

const withToken = (path: string, { token }: CitizenRoute) =>
  token === undefined ? path : `${path}?${new URLSearchParams({ token })}`

/** The last meeting held and the citizen's earlier answers about it (reading them is audited). */
export async function fetchEvaluation(route: CitizenRoute, signal?: AbortSignal): Promise<CitizenEvaluation> {
  const response = await fetch(withToken(`/api/evaluation/${encodeURIComponent(route.courseId)}`, route), {
    signal,
    headers: { accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`GET evaluation answered ${response.status}`)
  return (await response.json()) as CitizenEvaluation
}

export async function saveEvaluation(
  route: CitizenRoute,
  meetingId: string,
  answers: MeetingFeedbackAnswers,
  /** Shown by the form when saving fails, in the page's language. */
  notSaved: string,
): Promise<void> {
  const path = `/api/feedback/${encodeURIComponent(route.courseId)}/${encodeURIComponent(meetingId)}`
  const response = await fetch(withToken(path, route), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(answers),
  })
  // The form shows a thrown error's message as it is.
  if (!response.ok) throw new Error(notSaved)
}
