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
  return {
    doc,
    provider,
    synced: () => waitFor(`client in ${room} to sync`, () => provider.synced, 10_000).then(() => undefined),
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** The document's content in a comparable form. */
export const contentOf = (doc: Y.Doc) => doc.getMap('test').toJSON()
