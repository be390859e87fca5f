import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * Who is here and where their cursor is: the y-protocols awareness state of one room, kept by the
 * server the way y-protocols' `Awareness` keeps remote states, with the same wire format and the same
 * rules (a state is accepted only with a newer clock; removal bumps the clock; a state not renewed for
 * 30 s is dropped). It keeps each state as the JSON bytes the client sent instead of parsing it into
 * objects and stringifying it again for every broadcast: presence is most of a room's messages.
 * Each state is still parsed once on arrival, so a malformed one is refused, never forwarded.
 */
export interface PresenceChange {
  added: number[]
  updated: number[]
  removed: number[]
}

interface State {
  json: Uint8Array
  at: number
}

const NULL_JSON = Uint8Array.of(0x6e, 0x75, 0x6c, 0x6c) // "null"
const textDecoder = new TextDecoder('utf-8', { fatal: true })
/** As y-protocols: remote states not renewed within this time are removed (clients renew every 15 s). */
export const PRESENCE_TIMEOUT_MS = 30_000

const isNull = (json: Uint8Array) =>
  json.length === 4 && json[0] === 0x6e && json[1] === 0x75 && json[2] === 0x6c && json[3] === 0x6c

export class Presence {
  private readonly states = new Map<number, State>()
  /** Last clock seen per client, kept after removal so an older state cannot come back. */
  private readonly clocks = new Map<number, number>()

  get size(): number {
    return this.states.size
  }

  has(client: number): boolean {
    return this.states.has(client)
  }

  /** Drops what is kept of clients that are gone (their removal was sent), so memory goes with them. */
  forget(clients: Iterable<number>) {
    for (const client of clients) if (!this.states.has(client)) this.clocks.delete(client)
  }

  clients(): number[] {
    return [...this.states.keys()]
  }

  /** Applies an awareness update; throws on bytes that are not one (nothing is applied then). */
  apply(update: Uint8Array, now = Date.now()): PresenceChange {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const entries: { client: number; clock: number; json: Uint8Array }[] = []
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarUint8Array(decoder)
      if (!isNull(json)) JSON.parse(textDecoder.decode(json))
      entries.push({ client, clock, json })
    }
    const change: PresenceChange = { added: [], updated: [], removed: [] }
    for (const { client, clock, json } of entries) {
      const known = this.clocks.get(client)
      const removing = isNull(json)
      const current = known ?? 0
      if (!(current < clock || (current === clock && removing && this.states.has(client)))) continue
      this.clocks.set(client, clock)
      if (removing) {
        this.states.delete(client)
        if (known !== undefined) change.removed.push(client)
      } else {
        // A copy: the frame it came in is not ours to keep.
        this.states.set(client, { json: json.slice(), at: now })
        if (known === undefined) change.added.push(client)
        else change.updated.push(client)
      }
    }
    return change
  }

  /** Removes states (a peer left); their clocks move on so the removal wins everywhere. */
  remove(clients: Iterable<number>): number[] {
    const removed: number[] = []
    for (const client of clients) {
      const clock = this.clocks.get(client)
      if (clock === undefined) continue
      this.states.delete(client)
      this.clocks.set(client, clock + 1)
      removed.push(client)
    }
    return removed
  }

  /** Clients whose state was last renewed before `now - PRESENCE_TIMEOUT_MS`. */
  outdated(now = Date.now()): number[] {
    const out: number[] = []
    for (const [client, state] of this.states) if (now - state.at >= PRESENCE_TIMEOUT_MS) out.push(client)
    return out
  }

  /** An awareness update with the current state (or removal) of `clients`, as y-protocols encodes it. */
  encode(clients: readonly number[]): Uint8Array {
    const encoder = encoding.createEncoder()
    const known = clients.filter((c) => this.clocks.has(c))
    encoding.writeVarUint(encoder, known.length)
    for (const client of known) {
      encoding.writeVarUint(encoder, client)
      encoding.writeVarUint(encoder, this.clocks.get(client) as number)
      encoding.writeVarUint8Array(encoder, this.states.get(client)?.json ?? NULL_JSON)
    }
    return encoding.toUint8Array(encoder)
  }
}
