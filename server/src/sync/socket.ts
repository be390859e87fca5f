import { CloseCode } from '@bordenden/contract'
import type { DocShape } from '@bordenden/model'
import type { WebSocketLike } from '@hono/node-server'
import type { WSContext, WSEvents } from 'hono/ws'
import type { RawData, WebSocket } from 'ws'
import type { ConnectionGrant } from '../auth/connection-grant.ts'
import type { LiveConnections } from '../auth/live-connections.ts'
import { errorFields, type Logger } from '../log.ts'
import { linkBudgets } from './link-budgets.ts'
import type { Peer } from './peer.ts'
import { PresenceRules } from './presence-rules.ts'
import { decodeMessage, KEEPALIVE, ProtocolError } from './protocol.ts'
import type { Room } from './room.ts'
import type { RoomRegistry } from './rooms.ts'
import { UpdateGuard } from './update-guard.ts'

export interface SyncSocketOptions {
  rooms: RoomRegistry
  log: Logger
  docId: string
  grant: ConnectionGrant
  live: LiveConnections
  /** Outgoing bytes a client may leave unread before it is disconnected. */
  maxBufferedBytes: number
  /** Checked this often: a socket sent nothing since the last check gets a KEEPALIVE. */
  keepaliveMs: number
  /** What the document may hold: every update is checked against it before it is applied. */
  shape: DocShape
  /** The schema version the client said it writes (`?schema=`); null when it did not say. */
  clientSchema: number | null
}

/** Frames that arrive while the room is still loading; beyond this the client is misbehaving. */
const MAX_EARLY_FRAMES = 256

/**
 * Glues one websocket to one room: decodes frames, applies what the connection's role allows, and
 * closes only this socket, with a code and a logged reason, when the client sends something wrong.
 */
export function createSyncSocket(options: SyncSocketOptions): WSEvents<WebSocketLike> {
  const { rooms, docId, grant, live, maxBufferedBytes, keepaliveMs, shape, clientSchema } = options
  const { role, actor } = grant
  const id = rooms.nextPeerId()
  const { traffic, turn } = rooms
  const log = options.log.child({ docId, peer: id })
  let room: Room | null = null
  let closed = false
  const early: Uint8Array[] = []
  let socket: WSContext<WebSocketLike>
  let unregister = () => {}
  let editWindowTimer: ReturnType<typeof setTimeout> | undefined
  let keepalive: ReturnType<typeof setInterval> | undefined
  let sentSinceKeepalive = false
  // Every socket of one link or session spends the same budgets (link-budgets.ts), taken once it is open.
  let releaseBudgets = () => {}
  let guard: UpdateGuard
  let presenceRules: PresenceRules

  const close = (code: number, reason: string) => {
    if (closed) return
    // Set now, not when the close handshake ends: ws keeps delivering frames already read, and a valid
    // update that followed a bad frame in the same burst must not be applied.
    closed = true
    traffic.close(code)
    log.warn('closing connection', { code, reason })
    socket.close(code, reason)
  }

  const peer: Peer = {
    id,
    role,
    actor,
    send(frame) {
      // The node adapter hands us the `ws` socket, which has the buffer and terminate we need.
      const raw = socket.raw as unknown as WebSocket | undefined
      if (!raw || raw.readyState !== raw.OPEN) return
      // What this client has left unread is what its TCP connection could not hand to the kernel. Not ws's
      // bufferedAmount: with permessage-deflate it also counts frames still waiting for compression (at
      // their full size, in the process's shared zlib queue), which measures how busy the server is, and a
      // burst of large updates closed clients that were reading.
      const unread = turn.unsentBytes(raw) ?? raw.bufferedAmount
      if (unread > maxBufferedBytes) {
        traffic.close(CloseCode.slowConsumer)
        log.warn('closing connection', { code: CloseCode.slowConsumer, reason: 'client is not reading' })
        raw.close(CloseCode.slowConsumer, 'client is not reading')
        raw.terminate()
        return
      }
      // Frames to one socket in one turn leave in one write (see turn.ts).
      turn.corkUntilTurnEnd(raw)
      raw.send(frame)
      traffic.sent(frame.byteLength)
      sentSinceKeepalive = true
    },
    close,
    pauseReading(paused) {
      const raw = socket.raw as unknown as WebSocket | undefined
      if (!raw || raw.readyState !== raw.OPEN) return
      if (paused) raw.pause()
      else raw.resume()
    },
  }

  const handle = (frame: Uint8Array) => {
    if (!room || closed) return
    let message: ReturnType<typeof decodeMessage>
    try {
      message = decodeMessage(frame)
    } catch (error) {
      const reason = error instanceof ProtocolError ? error.message : 'malformed frame'
      return close(CloseCode.invalid, reason.slice(0, 120))
    }
    switch (message.kind) {
      case 'syncStep1':
        try {
          room.answerSyncStep1(peer, message.stateVector)
        } catch {
          close(CloseCode.invalid, 'invalid state vector')
        }
        return
      case 'syncStep2':
      case 'update':
        if (role !== 'editor') return log.debug('dropped update from read-only connection')
        return applyEdit(room, message.update, message.kind === 'update')
      case 'awareness':
        return applyPresence(room, message.update)
      case 'queryAwareness':
        return room.sendAllAwareness(peer)
      case 'auth':
        return
    }
  }

  /** Applies an edit the guard lets through; anything else closes the socket and nothing is stored. */
  const applyEdit = (into: Room, update: Uint8Array, asSent: boolean) => {
    try {
      const verdict = guard.apply(into.doc, update, () => into.applyUpdate(peer, update, asSent))
      if (verdict.ok) {
        traffic.updatesReceived++
        return
      }
      close(verdict.kind === 'refused' ? CloseCode.editRefused : CloseCode.overBudget, verdict.reason)
    } catch (error) {
      log.debug('invalid update', errorFields(error))
      close(CloseCode.invalid, 'invalid document update')
    }
  }

  /** Publishes what presence-rules.ts lets this connection publish. */
  const applyPresence = (into: Room, update: Uint8Array) => {
    try {
      const verdict = presenceRules.filter(update, into.presenceView)
      if (verdict.kind === 'close') return close(CloseCode.overBudget, verdict.reason)
      if (verdict.dropped > 0) log.debug('presence entries left out', { count: verdict.dropped })
      if (verdict.update) into.applyAwareness(peer, verdict.update)
    } catch {
      close(CloseCode.invalid, 'invalid awareness update')
    }
  }

  const receive = (data: RawData, isBinary: boolean) => {
    if (!isBinary) return close(CloseCode.unsupported, 'text frames are not supported')
    const frame = Array.isArray(data)
      ? Buffer.concat(data)
      : data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : data
    traffic.received(frame.byteLength)
    if (room) {
      handle(frame)
      turn.check()
      return
    }
    if (early.push(frame) > MAX_EARLY_FRAMES) close(CloseCode.unsupported, 'too many frames before sync')
  }

  return {
    onOpen(_event, ws) {
      socket = ws
      if (clientSchema !== null && clientSchema !== shape.version) {
        // Never let it write old-shaped (or newer-shaped) data: it must load this server's build first.
        return close(CloseCode.reloadRequired, `schema version ${shape.version} required`)
      }
      const budgets = linkBudgets.acquire(grant.revocationKey)
      releaseBudgets = budgets.release
      guard = new UpdateGuard(shape, budgets.buckets)
      presenceRules = new PresenceRules(grant.showPresence, undefined, budgets.buckets.messages)
      // Frames are read from the ws socket itself: the adapter's onMessage would wrap every message of
      // every client in a MessageEvent and copy it into a new ArrayBuffer first.
      ;(ws.raw as unknown as WebSocket | undefined)?.on('message', receive)
      log.debug('connection opened', { role })
      traffic.opened(role)
      if (grant.revocationKey) unregister = live.add(grant.revocationKey, { close })
      keepalive = setInterval(() => {
        if (!sentSinceKeepalive) peer.send(KEEPALIVE)
        sentSinceKeepalive = false
      }, keepaliveMs)
      keepalive.unref()
      if (grant.changesAt !== null) {
        // setTimeout holds at most ~24.8 days; longer windows are re-checked on reconnect anyway.
        const ms = Math.min(Math.max(grant.changesAt - Date.now(), 0), 2 ** 31 - 1)
        editWindowTimer = setTimeout(() => close(CloseCode.editWindowClosed, 'edit window changed'), ms)
      }
      rooms
        .join(docId, peer)
        .then((joined) => {
          if (closed) return rooms.leave(joined, peer)
          room = joined
          for (const frame of early.splice(0)) handle(frame)
        })
        .catch((error) => {
          log.error('opening room failed', errorFields(error))
          close(CloseCode.internal, 'document could not be opened')
        })
    },
    onClose(event) {
      closed = true
      traffic.ended(role)
      unregister()
      releaseBudgets()
      clearTimeout(editWindowTimer)
      clearInterval(keepalive)
      log.debug('connection closed', { code: event.code })
      if (room) rooms.leave(room, peer)
    },
    onError(event) {
      const error = (event as Event & { error?: Error & { code?: string } }).error
      const tooLarge = error?.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
      if (tooLarge) traffic.close(CloseCode.tooLarge)
      log.warn('connection error', {
        code: tooLarge ? CloseCode.tooLarge : null,
        reason: tooLarge
          ? 'message larger than MAX_MESSAGE_BYTES'
          : (error?.message ?? 'unknown').slice(0, 120),
      })
    },
  }
}
