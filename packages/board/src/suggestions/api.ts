import { answer } from '@bordenden/contract/api'
import { type CitizenRoute, linkRequest } from '../citizen/route.ts'
import { type AnswerOf, client } from '../home/api.ts'

const suggestions = client.api.suggestions[':courseId']

export type SuggestionKind = AnswerOf<(typeof suggestions)['$get']>['suggestions'][number]['kind']

/** The suggestions not yet settled; the citizen's link or the coordinator's session reads them. */
export async function fetchPendingSuggestions(route: CitizenRoute, signal?: AbortSignal) {
  return (await answer(suggestions.$get(linkRequest(route), { init: { signal } }))).suggestions
}

export const suggestTopic = (route: CitizenRoute, kind: SuggestionKind, text: string) =>
  answer(suggestions.$post({ ...linkRequest(route), json: { kind, text } }))

export const settleSuggestion = (courseId: string, suggestionId: string, decision: 'accept' | 'decline') =>
  answer(
    suggestions[':suggestionId'][`:decision{accept|decline}`].$post({
      param: { courseId, suggestionId, decision },
    }),
  )
