import { answer } from '@bordenden/contract/api'
import type { MeetingFeedbackAnswers } from '@bordenden/model'
import { type CitizenRoute, linkRequest } from '../citizen/route.ts'
import { type AnswerOf, client } from '../home/api.ts'

const { evaluation, feedback } = client.api

/** The last meeting held and the citizen's earlier answers about it. */
export type CitizenEvaluation = AnswerOf<(typeof evaluation)[':courseId']['$get']>

/** Reading them is audited on the server, so the page asks only when she opens the form. */
export const fetchEvaluation = (route: CitizenRoute, signal?: AbortSignal) =>
  answer(evaluation[':courseId'].$get(linkRequest(route), { init: { signal } }))

export const saveEvaluation = (route: CitizenRoute, meetingId: string, answers: MeetingFeedbackAnswers) =>
  answer(feedback[':courseId'][':meetingId'].$put({ ...linkRequest(route, { meetingId }), json: answers }))
