import { answer } from '@bordenden/contract/api'
import { client } from './home/api.ts'

/**
 * What the server tells the board at start-up (`GET /api/config`): tldraw's licence key, which tldraw
 * needs on a public host (on localhost and plain http it is optional, and null).
 */
export const fetchBoardConfig = (signal?: AbortSignal) =>
  answer(client.api.config.$get(undefined, { init: { signal } }))
