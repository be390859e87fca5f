import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { TokenBucket } from './token-bucket.ts'

/**
 * Who may publish which presence, and how much. A connection publishes presence only when its grant
 * shows it (a read-only link does not, unless it is a viewer link set to show itself), and only for one
 * client id: the first it publishes, which no other connection may take over. Each state is small, a
 * link's messages are rate-limited (all its sockets together), and a room holds a bounded number of
 * states. Entries for other client ids are left out, not refused: a y-websocket client also announces
 * when others time out.
 */
export interface PresenceLimits {
  /** Bytes of one client's state (JSON): a name, a colour, a cursor. */
  maxStateBytes: number
  /**
   * Awareness messages per link (all its sockets together): at once, and per second after that. The board
   * publishes at most every 50 ms (20/s) while the pointer moves; three times that leaves room for one
   * link open on two devices (the shared screen and the coordinator's laptop) and for the protocol's own
   * renewals, so only a client that floods is closed.
   */
  messages: { burst: number; perSecond: number }
  /** States one room holds. */
  maxRoomStates: number
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = {
  maxStateBytes: 2048,
  messages: { burst: 180, perSecond: 60 },
  maxRoomStates: 500,
}

/** What the room can say about presence, for these rules. */
export interface PresenceRoom {
  /** Whether another connection (of this process or another) holds this client's presence. */
  ownedByAnother(client: number): boolean
  /** Whether the room holds a state for this client. */
  hasState(client: number): boolean
  stateCount(): number
}

export type PresenceVerdict =
  /** Publish these entries (possibly fewer than were sent), or nothing. */
  | { kind: 'publish'; update: Uint8Array | null; dropped: number }
  /** The connection broke a rule a real client never breaks: close it. */
  | { kind: 'close'; reason: string }

export const presenceBucket = (limits: PresenceLimits = DEFAULT_PRESENCE_LIMITS): TokenBucket =>
  new TokenBucket(limits.messages.burst, limits.messages.perSecond)

const NULL_LENGTH = 4 // "null": the entry removes the state

export class PresenceRules {
  private readonly mayPublish: boolean
  private readonly limits: PresenceLimits
  private readonly messages: TokenBucket
  private own: number | null = null

  /** `messages` is shared by the sockets of one link (see link-budgets.ts); by default this one's own. */
  constructor(
    mayPublish: boolean,
    limits: PresenceLimits = DEFAULT_PRESENCE_LIMITS,
    messages: TokenBucket = presenceBucket(limits),
  ) {
    this.mayPublish = mayPublish
    this.limits = limits
    this.messages = messages
  }

  /** Filters one awareness update from this connection. Throws on bytes that are not one. */
  filter(update: Uint8Array, room: PresenceRoom): PresenceVerdict {
    if (!this.mayPublish) return { kind: 'publish', update: null, dropped: 0 }
    if (!this.messages.take(1)) return { kind: 'close', reason: 'too many presence messages' }
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    if (count > 64) return { kind: 'close', reason: 'too many presence entries' }
    const entries: { client: number; clock: number; json: Uint8Array }[] = []
    let dropped = 0
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarUint8Array(decoder)
      if (json.length > this.limits.maxStateBytes)
        return { kind: 'close', reason: 'presence state too large' }
      if (this.allows(client, json.length === NULL_LENGTH, room)) entries.push({ client, clock, json })
      else dropped += 1
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update')
    if (entries.length === 0) return { kind: 'publish', update: null, dropped }
    // Nearly every message is one client's own state, kept whole: it goes on as it came, not re-encoded.
    if (dropped === 0) return { kind: 'publish', update, dropped }
    const kept = encoding.createEncoder()
    encoding.writeVarUint(kept, entries.length)
    for (const { client, clock, json } of entries) {
      encoding.writeVarUint(kept, client)
      encoding.writeVarUint(kept, clock)
      encoding.writeVarUint8Array(kept, json)
    }
    return { kind: 'publish', update: encoding.toUint8Array(kept), dropped }
  }

  private allows(client: number, removal: boolean, room: PresenceRoom): boolean {
    if (this.own === null) {
      // The first state this connection publishes names its client id; a removal names nothing.
      if (removal || room.ownedByAnother(client)) return false
      if (!room.hasState(client) && room.stateCount() >= this.limits.maxRoomStates) return false
      this.own = client
      return true
    }
    return client === this.own
  }
}
