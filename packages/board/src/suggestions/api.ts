import { ApiError } from '@bordenden/contract'
import type { CitizenRoute } from '../citizen/route.ts'

export type SuggestionKind = 'theme' | 'notToDiscuss'

export interface PendingSuggestion {
  id: string
  kind: SuggestionKind
  text: string
  createdAt: number
}

/** `/api/suggestions/<courseId>[/…]`, with the citizen's token when there is one (the coordinator has a session). */
function suggestionsUrl({ courseId, token }: CitizenRoute, ...rest: string[]): string {
  const path = `/api/suggestions/${[courseId, ...rest].map(encodeURIComponent).join('/')}`
  return token === undefined ? path : `${path}?${new URLSearchParams({ token })}`
}

async function send(url: string, method: string, body?: unknown): Promise<Response> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw await ApiError.of(response)
  return response
}

export async function fetchPendingSuggestions(route: CitizenRoute, signal?: AbortSignal) {
  const response = await fetch(suggestionsUrl(route), { signal, headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET suggestions answered ${response.status}`)
  return ((await response.json()) as { suggestions: PendingSuggestion[] }).suggestions
}

export const suggestTopic = (route: CitizenRoute, kind: SuggestionKind, text: string) =>
  send(suggestionsUrl(route), 'POST', { kind, text })

export const settleSuggestion = (courseId: string, id: string, decision: 'accept' | 'decline') =>
  send(suggestionsUrl({ courseId }, id, decision), 'POST')
