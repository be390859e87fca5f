/**
 * The two wire dialects spoken by the servers under test, encoded by hand so the load generator spends
 * its time on the network, not on encoders:
 *   y-websocket (Bordenden, the y-websocket server): `varUint type` + message, one message per frame.
 *   Hocuspocus: `varString documentName` + `varUint type` + message, plus an auth handshake and extra
 *   types (4 sync reply = sync, 8 sync status, 7 close).
 * Message bodies are the y-protocols ones in both: sync = `varUint step` + `varUint8Array payload`,
 * awareness = `varUint8Array update`.
 */
export type Dialect = 'y-websocket' | 'hocuspocus'

export const Type = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  syncStatus: 8,
} as const
export const Step = { one: 0, two: 1, update: 2 } as const

const textEncoder = new TextEncoder()

export const varUintSize = (n: number) => {
  let size = 1
  while (n > 127) {
    n = Math.floor(n / 128)
    size++
  }
  return size
}

export function writeVarUint(into: Uint8Array, at: number, n: number): number {
  while (n > 127) {
    into[at++] = 128 | (n & 127)
    n = Math.floor(n / 128)
  }
  into[at++] = n
  return at
}

export function readVarUint(from: Uint8Array, at: number): [value: number, next: number] {
  let value = 0
  let mult = 1
  for (;;) {
    const byte = from[at++]
    if (byte === undefined) throw new RangeError('varUint past the end of the frame')
    value += (byte & 127) * mult
    if (byte < 128) return [value, at]
    mult *= 128
  }
}

/** Encodes frames for one document in one dialect. */
export class Wire {
  readonly dialect: Dialect
  private readonly prefix: Uint8Array

  constructor(dialect: Dialect, docName: string) {
    this.dialect = dialect
    if (dialect === 'hocuspocus') {
      const name = textEncoder.encode(docName)
      this.prefix = new Uint8Array(varUintSize(name.length) + name.length)
      this.prefix.set(name, writeVarUint(this.prefix, 0, name.length))
    } else {
      this.prefix = new Uint8Array(0)
    }
  }

  /** type, optional step, then a length-prefixed payload (or a raw tail when `raw`). */
  private frame(type: number, step: number | null, payload: Uint8Array | null): Uint8Array {
    const size =
      this.prefix.length +
      varUintSize(type) +
      (step === null ? 0 : varUintSize(step)) +
      (payload ? varUintSize(payload.length) + payload.length : 0)
    const out = new Uint8Array(size)
    out.set(this.prefix, 0)
    let at = writeVarUint(out, this.prefix.length, type)
    if (step !== null) at = writeVarUint(out, at, step)
    if (payload) {
      at = writeVarUint(out, at, payload.length)
      out.set(payload, at)
    }
    return out
  }

  syncStep1 = (stateVector: Uint8Array) => this.frame(Type.sync, Step.one, stateVector)
  syncStep2 = (update: Uint8Array) => this.frame(Type.sync, Step.two, update)
  update = (update: Uint8Array) => this.frame(Type.sync, Step.update, update)
  awareness = (update: Uint8Array) => this.frame(Type.awareness, null, update)

  /** Hocuspocus only: authenticate this document on the socket (token type 0, token, provider version). */
  auth(token: string): Uint8Array {
    const tokenBytes = textEncoder.encode(token)
    const version = textEncoder.encode('bench')
    const out = new Uint8Array(
      this.prefix.length + 2 + varUintSize(tokenBytes.length) + tokenBytes.length + 1 + version.length,
    )
    out.set(this.prefix, 0)
    let at = writeVarUint(out, this.prefix.length, Type.auth)
    at = writeVarUint(out, at, 0)
    at = writeVarUint(out, at, tokenBytes.length)
    out.set(tokenBytes, at)
    at += tokenBytes.length
    at = writeVarUint(out, at, version.length)
    out.set(version, at)
    return out
  }

  /** Where the message starts: after the Hocuspocus document name, if any. */
  bodyStart(frame: Uint8Array): number {
    if (this.dialect === 'y-websocket') return 0
    const [length, at] = readVarUint(frame, 0)
    return at + length
  }
}

export interface Decoded {
  type: number
  /** Sync step, or -1 for other types. */
  step: number
  /** Payload bounds inside the frame (sync and awareness), or -1. */
  payloadStart: number
  payloadEnd: number
}

export function decode(wire: Wire, frame: Uint8Array): Decoded {
  let at = wire.bodyStart(frame)
  let type: number
  ;[type, at] = readVarUint(frame, at)
  if (type === Type.sync || type === Type.syncReply) {
    let step: number
    let length: number
    ;[step, at] = readVarUint(frame, at)
    ;[length, at] = readVarUint(frame, at)
    return { type: Type.sync, step, payloadStart: at, payloadEnd: at + length }
  }
  if (type === Type.awareness) {
    let length: number
    ;[length, at] = readVarUint(frame, at)
    return { type, step: -1, payloadStart: at, payloadEnd: at + length }
  }
  return { type, step: -1, payloadStart: -1, payloadEnd: -1 }
}

/** One client's awareness update: `[1 entry][clientID][clock][JSON state]`. */
export function encodeAwarenessUpdate(clientID: number, clock: number, json: string): Uint8Array {
  const state = textEncoder.encode(json)
  const out = new Uint8Array(
    1 + varUintSize(clientID) + varUintSize(clock) + varUintSize(state.length) + state.length,
  )
  let at = writeVarUint(out, 0, 1)
  at = writeVarUint(out, at, clientID)
  at = writeVarUint(out, at, clock)
  at = writeVarUint(out, at, state.length)
  out.set(state, at)
  return out
}

/**
 * Latency stamps: `~T<sender>:<epoch ms with decimals>~`, written by the sender into the content of a
 * document update or an awareness state and read back from the raw bytes at every receiver. The bytes
 * survive every server unchanged because Yjs and awareness carry strings verbatim.
 */
export const stamp = (sender: number, at: number) => `~T${sender}:${at.toFixed(3)}~`

const TILDE = 0x7e
const T = 0x54
const COLON = 0x3a
const DOT = 0x2e

/** Calls `found(sender, sentAt)` for every stamp in `bytes[start, end)`. */
export function scanStamps(
  bytes: Uint8Array,
  start: number,
  end: number,
  found: (sender: number, sentAt: number) => void,
) {
  let i = start
  while (i < end - 4) {
    i = bytes.indexOf(TILDE, i)
    if (i < 0 || i >= end - 4) return
    if (bytes[i + 1] !== T) {
      i++
      continue
    }
    let j = i + 2
    let sender = 0
    let c = bytes[j]
    while (c !== undefined && c >= 48 && c <= 57) {
      sender = sender * 10 + (c - 48)
      c = bytes[++j]
    }
    if (c !== COLON) {
      i = j
      continue
    }
    c = bytes[++j]
    let whole = 0
    while (c !== undefined && c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48)
      c = bytes[++j]
    }
    let frac = 0
    let scale = 1
    if (c === DOT) {
      c = bytes[++j]
      while (c !== undefined && c >= 48 && c <= 57) {
        frac = frac * 10 + (c - 48)
        scale *= 10
        c = bytes[++j]
      }
    }
    if (c === TILDE) found(sender, whole + frac / scale)
    i = j + 1
  }
}
