import { CloseCode, reconnectsAfter } from '@bordenden/contract'
import { CourseDoc, isValidId, privateDocId, SCHEMA_VERSION } from '@bordenden/model'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { AwarenessState, CourseUser } from './awarenessState.ts'
import { type ConnectionEvent, type ConnectionStatus, nextStatus } from './connectionStatus.ts'
import { type CourseAccessRequest, type CourseAccessResult, fetchCourseAccess } from './courseAccess.ts'
import { canKeepOffline, keepOffline, type OfflineCache } from './offlineCache.ts'
import { syncUrl } from './syncUrl.ts'

export interface ConnectCourseOptions extends CourseAccessRequest {
  /** Who the others see; null keeps this client invisible until `setUser` names it (the citizen page). */
  user: CourseUser | null
  /**
   * A session token held by the caller instead of a cookie (the browser extension). A browser websocket
   * cannot set headers, so it is offered as a subprotocol after `bordenden`, which the server answers with.
   */
  bearer?: string
  /** A WebSocket implementation where the platform has none (Node tests, some extension contexts). */
  WebSocketPolyfill?: typeof WebSocket
  /**
   * Keep the document in this browser's IndexedDB (see `keepOffline`), for people who edit: what they
   * wrote while the server was away is sent when the course is next opened here. Ignored where the
   * platform has no IndexedDB.
   */
  keepOffline?: boolean
  /**
   * The tag of the tldraw record versions this page writes to the canvas (canvas-schema's
   * `canvasSchemaTag`), for pages that draw the board: a server on other versions tells it to reload.
   */
  canvasSchema?: string
}

/**
 * One course kept in sync with the server, with the awareness of everyone connected to it: its shared
 * document, and for a coordinator (signed in, no link) also the coordinator-only document with contacts,
 * consent and the people the citizen does not want involved, which `course` joins in.
 */
export interface CourseConnection {
  readonly courseId: string
  readonly doc: Y.Doc
  /** The coordinator-only document; null for a link holder, who may not have it. */
  readonly privateDoc: Y.Doc | null
  readonly course: CourseDoc
  readonly awareness: Awareness
  readonly status: ConnectionStatus
  onStatusChange(listener: (status: ConnectionStatus) => void): () => void
  /** What this connection may do now; see `fetchCourseAccess`. */
  fetchAccess(signal?: AbortSignal): Promise<CourseAccessResult>
  /** Resolves once the document has been synced with the server; rejects if it is disconnected first. */
  whenSynced(): Promise<void>
  /** Publishes a changed name or colour to the others (and shows a hidden client again). */
  setUser(user: CourseUser): void
  /** Withdraws this client from the others' view until `setUser` names it again. */
  hide(): void
  /** Closes the socket, tells the others this client left, and releases the document. */
  destroy(): void
}

/** Opens a course. The connection retries with backoff until it is destroyed or refused by the server. */
export function connectCourse(options: ConnectCourseOptions): CourseConnection {
  if (!isValidId(options.courseId)) throw new Error(`Invalid course id: ${options.courseId}`)
  return new WebsocketCourseConnection(options)
}

/** A revoked credential (4001) or a permanent close (44xx) would only be refused again, over and over. */
const shouldReconnect = (event: CloseEvent): boolean => reconnectsAfter(event.code)

class WebsocketCourseConnection implements CourseConnection {
  readonly courseId: string
  readonly doc = new Y.Doc()
  readonly privateDoc: Y.Doc | null
  readonly course: CourseDoc
  private readonly provider: WebsocketProvider
  private readonly privateProvider: WebsocketProvider | null = null
  private readonly privateCache: OfflineCache | undefined
  private readonly listeners = new Set<(status: ConnectionStatus) => void>()
  private readonly accessRequest: CourseAccessRequest
  private readonly offlineCache: OfflineCache | undefined
  private current: ConnectionStatus = 'connecting'

  constructor(options: ConnectCourseOptions) {
    const { serverUrl, courseId, token, bearer, user, WebSocketPolyfill } = options
    this.courseId = courseId
    const keep = options.keepOffline === true && canKeepOffline()
    this.offlineCache = keep ? keepOffline(courseId, this.doc) : undefined
    this.accessRequest = { serverUrl, courseId, ...(token !== undefined ? { token } : {}) }
    const open = (room: string, doc: Y.Doc) =>
      new WebsocketProvider(syncUrl(serverUrl), room, doc, {
        connect: false,
        // A share link's token rides on the upgrade URL (a browser websocket cannot set headers); a
        // session cookie is sent by the browser itself.
        // The schema version this build writes: a server on another version closes with CloseCode.reloadRequired.
        params: {
          ...(token !== undefined ? { token } : {}),
          schema: String(SCHEMA_VERSION),
          ...(options.canvasSchema !== undefined ? { canvas: options.canvasSchema } : {}),
        },
        protocols: bearer !== undefined ? ['bordenden', `bearer.${bearer}`] : [],
        shouldReconnect,
        // Tabs of one browser would otherwise exchange updates over a BroadcastChannel, bypassing the
        // server: its access checks (read-only links) and its rule that an update is stored before anyone
        // sees it.
        disableBc: true,
        ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
      })
    this.provider = open(courseId, this.doc)
    // Only a coordinator (a session or the extension's bearer token, never a link) may have the
    // coordinator-only document; the server refuses it to everyone else.
    this.privateDoc = token === undefined ? new Y.Doc() : null
    this.course = new CourseDoc(this.doc, this.privateDoc)
    if (this.privateDoc) {
      this.privateCache = keep ? keepOffline(privateDocId(courseId), this.privateDoc) : undefined
      const privateProvider = open(`${courseId}/private`, this.privateDoc)
      privateProvider.awareness.setLocalState(null) // presence is published with the shared document
      privateProvider.on('closed', () => void this.privateCache?.forget())
      privateProvider.connect()
      this.privateProvider = privateProvider
    }
    if (user) this.setUser(user)
    else this.hide()
    this.provider.on('status', ({ status }) => {
      if (status === 'disconnected') this.apply('socket-closed')
    })
    this.provider.on('sync', (synced) => {
      if (synced) this.apply('synced')
    })
    this.provider.on('closed', ({ code }) => {
      // Another build: the course is still this browser's, so what it kept offline stays.
      if (code === CloseCode.reloadRequired) return this.apply('outdated')
      this.apply('refused')
      // The server will not let this browser in again: what it kept of the course must not stay here.
      void this.offlineCache?.forget()
      void this.privateCache?.forget()
    })
    this.provider.connect()
  }

  get awareness(): Awareness {
    return this.provider.awareness
  }

  get status(): ConnectionStatus {
    return this.current
  }

  onStatusChange(listener: (status: ConnectionStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  fetchAccess(signal?: AbortSignal): Promise<CourseAccessResult> {
    return fetchCourseAccess(this.accessRequest, signal)
  }

  whenSynced(): Promise<void> {
    const disconnected = () => new Error(`Course ${this.courseId} was disconnected`)
    if (this.current === 'connected') return Promise.resolve()
    if (this.current === 'disconnected') return Promise.reject(disconnected())
    return new Promise((resolve, reject) => {
      const stop = this.onStatusChange((status) => {
        if (status === 'connected') resolve()
        else if (status === 'disconnected') reject(disconnected())
        else return
        stop()
      })
    })
  }

  setUser(user: CourseUser): void {
    // Not setLocalStateField: it does nothing while the client is hidden (its state is null).
    const state = this.awareness.getLocalState() ?? {}
    this.awareness.setLocalState({ ...state, user: user satisfies AwarenessState['user'] })
  }

  hide(): void {
    this.awareness.setLocalState(null)
  }

  destroy(): void {
    // Settle the status first, so the socket closing below is not reported as a reconnect.
    this.apply('destroyed')
    this.listeners.clear()
    // Clearing the local state sends an explicit "left" to the others instead of letting them wait for
    // the awareness timeout.
    this.awareness.setLocalState(null)
    this.provider.destroy()
    this.privateProvider?.destroy()
    this.offlineCache?.close()
    this.privateCache?.close()
    this.doc.destroy()
    this.privateDoc?.destroy()
  }

  private apply(event: ConnectionEvent): void {
    const next = nextStatus(this.current, event)
    if (next === this.current) return
    this.current = next
    for (const listener of [...this.listeners]) listener(next)
  }
}
