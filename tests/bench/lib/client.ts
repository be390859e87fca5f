import * as Y from 'yjs'
import { RawWebSocket } from './rawws.ts'
import { epochNow } from './stats.ts'
import { type Dialect, decode, Step, scanStamps, Type, Wire } from './wire.ts'

/** What a receiving client reports to its load generator. */
export interface Sink {
  /** A stamp read from a document update (`doc`) or an awareness update (`aw`) that another client sent. */
  stamp(kind: 'doc' | 'aw', receiver: LeanClient, sender: number, sentAt: number, now: number): void
  /** The socket failed or closed while the run still needed it. */
  error(client: LeanClient, what: string): void
}

export interface ClientOptions {
  url: string
  dialect: Dialect
  docName: string
  /** Unique across every load generator of a run; written into stamps. */
  id: number
  sink: Sink
  /** Keep a Y.Doc in step with the server (cold open). Senders have one for their own edits anyway. */
  doc?: Y.Doc
  /** Apply received document updates to `doc`. Off for load clients, which only read stamps. */
  applyRemote?: boolean
}

const EMPTY_UPDATE = Uint8Array.of(0, 0)
const EMPTY_STATE_VECTOR = Uint8Array.of(0)

/**
 * A lean protocol-level client: one websocket, the sync handshake of the stock providers, and
 * nothing else. It reads latency stamps from raw frames instead of applying every update to a Y.Doc,
 * so one process can drive thousands of connections.
 */
export class LeanClient {
  readonly id: number
  readonly wire: Wire
  readonly doc: Y.Doc | undefined
  bytesIn = 0
  bytesOut = 0
  framesIn = 0
  framesOut = 0
  synced = false
  /** Time of the first sync step 2 received, and of the ws open. */
  openedAt = 0
  syncedAt = 0
  private ws: RawWebSocket | undefined
  private closing = false
  private readonly options: ClientOptions
  private syncWaiters: { resolve: () => void; reject: (e: Error) => void }[] = []
  private replyWaiters: (() => void)[] = []

  constructor(options: ClientOptions) {
    this.options = options
    this.id = options.id
    this.doc = options.doc
    this.wire = new Wire(options.dialect, options.docName)
  }

  /** Opens the socket and resolves once the server's sync step 2 has arrived. */
  connect(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`not synced within ${timeoutMs} ms`))
        this.close()
      }, timeoutMs)
      this.syncWaiters.push({
        resolve: () => {
          clearTimeout(timer)
          resolve()
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
      this.ws = new RawWebSocket(this.options.url, {
        open: () => {
          this.openedAt = epochNow()
          if (this.options.dialect === 'hocuspocus') this.send(this.wire.auth(''))
          const sv = this.doc ? Y.encodeStateVector(this.doc) : EMPTY_STATE_VECTOR
          this.send(this.wire.syncStep1(sv))
        },
        message: (data) => this.receive(data),
        failed: (reason) => this.fail(reason),
      })
    })
  }

  private fail(what: string) {
    if (this.closing) return
    const waiting = this.syncWaiters.splice(0)
    for (const w of waiting) w.reject(new Error(what))
    if (waiting.length === 0) this.options.sink.error(this, what)
    this.closing = true
    this.ws?.close()
  }

  send(frame: Uint8Array) {
    const ws = this.ws
    if (!ws?.open) return
    this.bytesOut += frame.length
    this.framesOut++
    ws.send(frame)
  }

  get bufferedAmount(): number {
    return this.ws?.bufferedAmount ?? 0
  }

  /** Resolves on the next sync step 2 from the server (the answer to a sync step 1 we sent). */
  nextSyncReply(): Promise<void> {
    return new Promise((resolve) => this.replyWaiters.push(resolve))
  }

  close() {
    this.closing = true
    this.ws?.close()
  }

  private receive(frame: Buffer) {
    this.bytesIn += frame.length
    this.framesIn++
    let m: ReturnType<typeof decode>
    try {
      m = decode(this.wire, frame)
    } catch {
      this.options.sink.error(this, 'undecodable frame')
      return
    }
    if (m.type === Type.sync) {
      if (m.step === Step.one) {
        const sv = frame.subarray(m.payloadStart, m.payloadEnd)
        this.send(this.wire.syncStep2(this.doc ? Y.encodeStateAsUpdate(this.doc, sv) : EMPTY_UPDATE))
        return
      }
      if (this.doc && this.options.applyRemote)
        Y.applyUpdate(this.doc, frame.subarray(m.payloadStart, m.payloadEnd))
      if (m.step === Step.two) {
        if (!this.synced) {
          this.synced = true
          this.syncedAt = epochNow()
          for (const w of this.syncWaiters.splice(0)) w.resolve()
        }
        for (const r of this.replyWaiters.splice(0)) r()
        return
      }
      this.scan('doc', frame, m.payloadStart, m.payloadEnd)
      return
    }
    if (m.type === Type.awareness) this.scan('aw', frame, m.payloadStart, m.payloadEnd)
  }

  private scan(kind: 'doc' | 'aw', frame: Buffer, start: number, end: number) {
    const now = epochNow()
    const sink = this.options.sink
    scanStamps(frame, start, end, (sender, sentAt) => sink.stamp(kind, this, sender, sentAt, now))
  }
}
