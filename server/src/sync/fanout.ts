import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import * as Y from 'yjs'
import { errorFields, type Logger } from '../log.ts'

/**
 * What travels between processes: a durable document update, a presence (awareness) update, or a
 * process that just opened a document asking the others for everyone's presence.
 */
export type RelayKind = 'update' | 'awareness' | 'presenceQuery'

export interface FanOutOptions {
  url: string
  log: Logger
  /** A message from another process for a document this process subscribed to. */
  deliver(docId: string, kind: RelayKind, payload: Uint8Array): void
  /**
   * The subscription was down and is back: messages sent meanwhile are gone (pub/sub keeps nothing),
   * so every open document must read storage again. Called after every channel is subscribed again.
   */
  resync(): Promise<void>
}

const KIND_BYTE: Record<RelayKind, number> = { update: 0, awareness: 1, presenceQuery: 2 }
const KINDS = Object.keys(KIND_BYTE) as RelayKind[]
const ID_BYTES = 8
const channelOf = (docId: string) => `bordenden:sync:${docId}`
/** Revoked sessions and links, so every process closes the sockets they opened. */
const REVOCATIONS = 'bordenden:revocations'

/**
 * Redis pub/sub between the server processes that serve the same courses: one channel per open
 * document. The rules that make it gap-free (see README, "Scale-out"):
 * - an update is published only after storage has it, so storage is always at least as new as the stream;
 * - a process subscribes before it loads a document, so what was published before the load is in
 *   storage and what is published after arrives on the channel (twice at worst; Yjs ignores repeats);
 * - when the subscriber connection drops, pub/sub loses what is sent meanwhile, so on reconnect every
 *   channel is subscribed again and then every open document re-reads storage;
 * - an update that cannot be published (Redis down) is kept, merged per document, and published when the
 *   connection is back, for the processes whose subscription survived.
 * Presence is not kept: it is renewed by clients every 15 s and expires after 30 s anyway.
 */
export class RedisFanOut {
  /** Tells this process's own messages apart from others' on the shared channels. */
  private readonly origin = randomBytes(ID_BYTES)
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly channels = new Set<string>()
  private readonly unpublished = new Map<string, Uint8Array>()
  private readonly log: Logger
  private readonly options: FanOutOptions
  /** Another process closed the sockets of a session or link (see LiveConnections). */
  onRevocation: ((key: string, code: number, reason: string) => void) | null = null
  /** The subscription dropped: what was published meanwhile must be read from storage. */
  private subscriptionLost = false
  /** Counts resyncs, so a room that was loading during one can tell it may have been left out. */
  resyncs = 0
  private closed = false

  constructor(options: FanOutOptions) {
    this.options = options
    this.log = options.log.child({ component: 'fanout' })
    // No offline queue: a command while disconnected fails at once instead of piling up in memory.
    const redisOptions = {
      enableOfflineQueue: false,
      autoResubscribe: false, // done in `resubscribe`, which must finish before the resync
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
    }
    this.publisher = new Redis(options.url, { ...redisOptions, connectionName: 'bordenden-pub' })
    this.subscriber = new Redis(options.url, { ...redisOptions, connectionName: 'bordenden-sub' })
    this.channels.add(REVOCATIONS)
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel, message))
    this.watch(this.publisher, 'publisher')
    this.watch(this.subscriber, 'subscriber')
    this.subscriber.on('ready', () => void this.resubscribe())
    this.publisher.on('ready', () => this.flushUnpublished())
  }

  /** One warning when a connection drops and one line when it is back, not one per retry. */
  private watch(redis: Redis, connection: string) {
    let down = false
    redis.on('error', (error) => {
      if (!down) this.log.warn('redis connection error', { connection, ...errorFields(error) })
    })
    redis.on('close', () => {
      if (this.closed || down) return
      down = true
      if (redis === this.subscriber) this.subscriptionLost = true
      this.log.warn('redis connection lost; retrying', { connection })
    })
    redis.on('ready', () => {
      if (!down) return
      down = false
      this.log.info('redis connection back', { connection })
    })
  }

  /** Resolves once the process is connected to Redis (startup waits for it, so a typo fails fast). */
  async ready(timeoutMs = 10_000): Promise<void> {
    const connected = (redis: Redis) =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => redis.once('ready', resolve))
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis not reachable within ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      await Promise.race([Promise.all([connected(this.publisher), connected(this.subscriber)]), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  /**
   * Subscribes to a document's channel. Resolves true once Redis confirmed it, false when Redis is
   * down: the room then opens from storage alone, and the reconnect subscribes and resyncs it.
   */
  async subscribe(docId: string): Promise<boolean> {
    const channel = channelOf(docId)
    this.channels.add(channel)
    try {
      await this.subscriber.subscribe(channel)
      return true
    } catch (error) {
      this.log.debug('subscribe deferred until redis is back', { docId, ...errorFields(error) })
      return false
    }
  }

  unsubscribe(docId: string) {
    const channel = channelOf(docId)
    this.channels.delete(channel)
    this.subscriber.unsubscribe(channel).catch(() => {}) // a dropped connection unsubscribes anyway
  }

  /** Publishes a durable update, or keeps it (merged per document) until Redis is back. */
  publishUpdate(docId: string, update: Uint8Array) {
    const waiting = this.unpublished.get(docId)
    const merged = waiting ? Y.mergeUpdates([waiting, update]) : update
    if (this.publisher.status !== 'ready') {
      this.unpublished.set(docId, merged)
      return
    }
    this.unpublished.delete(docId)
    this.publish(docId, 'update', merged).catch(() => {
      const later = this.unpublished.get(docId)
      this.unpublished.set(docId, later ? Y.mergeUpdates([later, merged]) : merged)
    })
  }

  publishAwareness(docId: string, update: Uint8Array) {
    this.publish(docId, 'awareness', update).catch(() => {}) // presence is renewed by its clients
  }

  /** Asks the other processes holding the document to publish everyone's presence. */
  queryPresence(docId: string) {
    this.publish(docId, 'presenceQuery', new Uint8Array()).catch(() => {})
  }

  /** Best effort: if Redis is down, the other processes refuse the sockets when they reconnect. */
  publishRevocation(key: string, code: number, reason: string) {
    this.send(REVOCATIONS, 0, new TextEncoder().encode(JSON.stringify({ key, code, reason }))).catch(
      (error) =>
        this.log.warn(
          'revocation not relayed; other processes close those sockets on reconnect',
          errorFields(error),
        ),
    )
  }

  async close() {
    this.closed = true
    this.publisher.disconnect()
    this.subscriber.disconnect()
  }

  private publish(docId: string, kind: RelayKind, payload: Uint8Array): Promise<number> {
    return this.send(channelOf(docId), KIND_BYTE[kind], payload)
  }

  private send(channel: string, kind: number, payload: Uint8Array): Promise<number> {
    const message = Buffer.allocUnsafe(ID_BYTES + 1 + payload.byteLength)
    this.origin.copy(message, 0)
    message[ID_BYTES] = kind
    message.set(payload, ID_BYTES + 1)
    return this.publisher.publish(channel, message)
  }

  private receive(channel: Buffer, message: Buffer) {
    if (message.length <= ID_BYTES || message.compare(this.origin, 0, ID_BYTES, 0, ID_BYTES) === 0) return
    if (channel.toString('utf8') === REVOCATIONS) return this.revoked(message.subarray(ID_BYTES + 1))
    const docId = channel.toString('utf8').slice(channelOf('').length)
    const kind = KINDS.find((k) => KIND_BYTE[k] === message[ID_BYTES])
    if (!kind) return
    this.options.deliver(docId, kind, new Uint8Array(message.buffer, message.byteOffset + ID_BYTES + 1))
  }

  private revoked(payload: Buffer) {
    try {
      const { key, code, reason } = JSON.parse(payload.toString('utf8')) as {
        key: string
        code: number
        reason: string
      }
      this.onRevocation?.(String(key), Number(code), String(reason))
    } catch {
      this.log.warn('dropped a malformed revocation message')
    }
  }

  private async resubscribe() {
    const lost = this.subscriptionLost
    try {
      if (this.channels.size > 0) await this.subscriber.subscribe(...this.channels)
    } catch (error) {
      this.log.warn('resubscribing failed; retrying on the next reconnect', errorFields(error))
      return
    }
    if (!lost) return
    this.subscriptionLost = false
    this.resyncs++
    const started = performance.now()
    await this.options.resync()
    this.log.info('redis connection restored; open documents caught up from storage', {
      documents: this.channels.size - 1,
      ms: Math.round(performance.now() - started),
    })
  }

  private flushUnpublished() {
    const waiting = [...this.unpublished]
    this.unpublished.clear()
    for (const [docId, update] of waiting) this.publishUpdate(docId, update)
  }
}
