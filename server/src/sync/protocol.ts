import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * The y-websocket wire protocol, encoded and decoded here and nowhere else.
 * A frame is `varUint messageType` followed by the message:
 *   0 sync:      varUint step (0 = step 1, 1 = step 2, 2 = update) + varUint8Array payload
 *   1 awareness: varUint8Array awareness update
 *   2 auth:      (ignored by this server; y-websocket's permission-denied message)
 *   3 query awareness: no payload
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const
const SyncStep = { step1: 0, step2: 1, update: 2 } as const

export type InboundMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' }

/** A frame that is not a well-formed y-websocket message. Closes the socket that sent it. */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

/** Decodes one frame, or throws ProtocolError. Trailing bytes are an error: one message per frame. */
export function decodeMessage(frame: Uint8Array): InboundMessage {
  const decoder = decoding.createDecoder(frame)
  let message: InboundMessage
  try {
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MessageType.sync: {
        const step = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (step === SyncStep.step1) message = { kind: 'syncStep1', stateVector: payload }
        else if (step === SyncStep.step2) message = { kind: 'syncStep2', update: checkUpdate(payload) }
        else if (step === SyncStep.update) message = { kind: 'update', update: checkUpdate(payload) }
        else throw new ProtocolError(`unknown sync step ${step}`)
        break
      }
      case MessageType.awareness:
        message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) }
        break
      case MessageType.queryAwareness:
        message = { kind: 'queryAwareness' }
        break
      case MessageType.auth:
        // y-websocket clients never send it; its body is free-form, so it is skipped, not parsed.
        return { kind: 'auth' }
      default:
        throw new ProtocolError(`unknown message type ${type}`)
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError(`malformed frame: ${(error as Error).message}`)
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message')
  return message
}

/**
 * Refuses an update whose struct counts cannot fit in its own bytes. Yjs allocates an array as long as
 * the count it reads before reading a single struct, so 20 random bytes could claim 14 million structs
 * and cost 100 MB and 100 ms each. An update from one client (nearly all of them) is checked by its
 * header, after which every struct read consumes bytes; others are decoded once, lazily, which reads
 * the same counts without allocating for them.
 */
function checkUpdate(update: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const clients = decoding.readVarUint(decoder)
  if (clients === 0) return update
  const structs = decoding.readVarUint(decoder)
  if (clients > update.length || structs > update.length) throw new ProtocolError('implausible update')
  if (clients > 1) Y.decodeUpdate(update)
  return update
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, step)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** "Here is my state vector; send me what I am missing." */
export const encodeSyncStep1 = (stateVector: Uint8Array) => encodeSync(SyncStep.step1, stateVector)
/** The answer to step 1: everything the peer is missing. */
export const encodeSyncStep2 = (update: Uint8Array) => encodeSync(SyncStep.step2, update)
/** An incremental update, broadcast as it is accepted. */
export const encodeUpdate = (update: Uint8Array) => encodeSync(SyncStep.update, update)

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/**
 * An awareness message about no one. The y-websocket client drops a connection it has heard nothing on
 * for 30 s; a citizen following the board alone and unseen would otherwise reconnect twice a minute.
 */
export const KEEPALIVE: Uint8Array = encodeAwareness(Uint8Array.of(0))
