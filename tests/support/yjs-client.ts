import { CANVAS_SCHEMA_META_KEY, courseMetaSchema } from '@bordenden/model'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { CourseAccess } from './server.ts'
import { waitFor } from './wait.ts'

/** The stock y-websocket client, unchanged, as any Yjs application would connect. */
export interface YjsClient {
  doc: Y.Doc
  provider: WebsocketProvider
  synced(): Promise<void>
  destroy(): void
}

export function connectYjsClient(access: CourseAccess, doc = new Y.Doc()): YjsClient {
  return connect(access.wsBase, access.courseId, doc, { token: access.token }, WebSocket)
}

/**
 * The stock client with a coordinator's session cookie, as the board opens a course: `room` is the
 * course id for its shared document, or `<course id>/private` for the coordinator-only one.
 */
export function connectWithSession(
  wsBase: string,
  room: string,
  cookie: string,
  doc = new Y.Doc(),
): YjsClient {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } })
    }
  }
  return connect(wsBase, room, doc, {}, CookieSocket)
}

function connect(
  wsBase: string,
  room: string,
  doc: Y.Doc,
  params: Record<string, string>,
  socket: unknown,
): YjsClient {
  const provider = new WebsocketProvider(wsBase, room, doc, {
    params,
    WebSocketPolyfill: socket as typeof globalThis.WebSocket,
    maxBackoffTime: 300,
    // Clients in one process would otherwise also talk over a shared BroadcastChannel, bypassing the server.
    disableBc: true,
  })
  // Each provider adds a process 'exit' listener until destroyed; tests hold many clients at once, so the
  // limit grows and shrinks with them instead of warning of a leak (MaxListenersExceededWarning).
  process.setMaxListeners(process.getMaxListeners() + 1)
  let destroyed = false
  return {
    doc,
    provider,
    synced: () => waitFor(`client in ${room} to sync`, () => provider.synced).then(() => undefined),
    destroy() {
      if (destroyed) return
      destroyed = true
      provider.destroy()
      doc.destroy()
      process.setMaxListeners(process.getMaxListeners() - 1)
    },
  }
}

/**
 * The tests write their own keys into the course metadata: the one place of a course document that takes
 * keys the model does not know (as bounded JSON values; see the model's validate-change.ts).
 */
const courseMetaKeys = new Set([
  ...Object.keys(courseMetaSchema.shape),
  'schemaVersion',
  CANVAS_SCHEMA_META_KEY,
])

/** The keys the tests wrote, in a comparable form. */
export const contentOf = (doc: Y.Doc) =>
  Object.fromEntries([...doc.getMap('meta').entries()].filter(([key]) => !courseMetaKeys.has(key)))

/**
 * An entry for the canvas list (a YKeyValue of tldraw records), the list the tests append to: a page, the
 * smallest record tldraw's validation (which the server runs on every canvas record) accepts.
 */
export const canvasEntry = (name: string) => {
  const id = `page:${name}`
  return { key: id, val: { meta: {}, id, name, index: 'a1', typeName: 'page' } }
}

/** How many keys the tests wrote. */
export const writtenKeys = (doc: Y.Doc) => Object.keys(contentOf(doc)).length
