// The server's HTTP API for clients: its type, and a typed `hono/client` over it. Only `hono/client` (a
// few kB) reaches a bundle; the server is a type here.
import { type ClientRequestOptions, type ClientResponse, hc, type parseResponse } from 'hono/client'
import type { AppType } from '../../../server/src/app.ts'
import { ApiError } from './errors.ts'

export type { AppType }
export { ApiError }

/**
 * A client of the whole API at `baseUrl` (`/` for the same origin). Made here, once, so callers do not
 * each make the compiler expand the app's type again.
 */
export const apiClient = (baseUrl: string, options?: ClientRequestOptions) => hc<AppType>(baseUrl, options)
export type ApiClient = ReturnType<typeof apiClient>

/** What a successful answer of a route carries (its 2xx bodies). */
export type Answer<R extends ClientResponse<unknown>> = Awaited<ReturnType<typeof parseResponse<R>>>

/** The body of a successful answer, typed by its route; any other answer throws an ApiError. */
export async function answer<R extends ClientResponse<unknown>>(pending: Promise<R>): Promise<Answer<R>> {
  const response = await pending
  if (!response.ok) throw await ApiError.of(response)
  const type = response.headers.get('content-type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as Answer<R>
}
