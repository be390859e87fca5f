import { Redis } from 'ioredis'
import { type DelayPolicy, GrowingDelay, type Taken } from './growing-delay.ts'
import { hashSecret } from './tokens.ts'

/** One password attempt: whose account, from where, and from which known device if any. */
export interface Attempt {
  /** The e-mail as typed (compared case-insensitively). */
  account: string
  ip: string | null
  /** The known device's id, when this browser signed in to this very account before. */
  device: string | null
}

export interface Admission {
  /** 0: go ahead and check the password; otherwise refuse, saying how long to wait. */
  waitMs: number
  succeeded(): Promise<void>
}

const MINUTE = 60
/** 5 attempts at once, then one more after 1, 2, 4, 8, 15, 15, … minutes; forgotten an hour after the first. */
const PERSONAL: DelayPolicy = {
  free: 5,
  firstDelaySeconds: MINUTE,
  maxDelaySeconds: 15 * MINUTE,
  windowSeconds: 60 * MINUTE,
}
/** An address (a town hall's NAT) may have many people typing: 50 at once, then the same delays. */
const ADDRESS: DelayPolicy = { ...PERSONAL, free: 50 }

/**
 * Sign-in limits after OWASP's advice that a lockout must not become a denial of service:
 * - from a known device (a browser that signed in to this account before, see known-device.ts) only
 *   that device's own limit applies: an attacker who knows the e-mail cannot keep its owner out;
 * - from any other device: per account and address together, per account (guessing from many
 *   addresses) and per address (one address guessing many accounts), each with growing delays.
 * With Redis the counters are shared by every process; otherwise each process keeps its own.
 */
export class SignInLimits {
  private readonly device: GrowingDelay
  private readonly pair: GrowingDelay
  private readonly account: GrowingDelay
  private readonly address: GrowingDelay

  constructor(redis: Redis | null, policies: { personal?: DelayPolicy; address?: DelayPolicy } = {}) {
    const personal = policies.personal ?? PERSONAL
    this.device = new GrowingDelay('device', personal, redis)
    this.pair = new GrowingDelay('pair', personal, redis)
    this.account = new GrowingDelay('account', personal, redis)
    this.address = new GrowingDelay('address', policies.address ?? ADDRESS, redis)
  }

  /**
   * Counts the attempt, or says how long to wait and counts nothing. Counted before the (slow,
   * awaited) Argon2 check, so parallel guesses cannot all slip past the limit; a right password
   * calls `succeeded`: the account starts over, and the address gets the attempt back.
   */
  async admit(attempt: Attempt): Promise<Admission> {
    const keys = this.keysOf(attempt)
    const closed = Math.max(...(await Promise.all(keys.map(([limit, key]) => limit.closedFor(key)))))
    if (closed > 0) return { waitMs: closed, succeeded: async () => {} }
    const taken = await Promise.all(keys.map(([limit, key]) => limit.take(key)))
    const waitMs = Math.max(...taken.map((t) => t.waitMs))
    if (waitMs > 0) {
      await Promise.all(keys.map(([limit, key], i) => limit.giveBack(key, taken[i] as Taken)))
      return { waitMs, succeeded: async () => {} }
    }
    return {
      waitMs: 0,
      succeeded: async () => {
        // A known device touches only its own counter: the account's lock on other devices stays.
        await Promise.all(
          keys.map(([limit, key], i) =>
            limit === this.address ? limit.giveBack(key, taken[i] as Taken) : limit.reset(key),
          ),
        )
      },
    }
  }

  private keysOf(attempt: Attempt): [GrowingDelay, string][] {
    if (attempt.device !== null) return [[this.device, keyOf('device', attempt.device)]]
    const account = attempt.account.toLowerCase()
    return [
      [this.pair, keyOf('pair', `${account}|${attempt.ip}`)],
      [this.account, keyOf('account', account)],
      [this.address, keyOf('address', `${attempt.ip}`)],
    ]
  }
}

/** Keys are hashed: e-mails and addresses are personal data, and Redis need not hold them. */
const keyOf = (kind: string, value: string) => hashSecret(`${kind}:${value}`).slice(0, 32)

/**
 * The limits of one server process: in Redis when `redisUrl` is set (a connection of their own, awaited
 * at start like the fan-out's), in memory otherwise.
 */
export async function openSignInLimits(
  redisUrl: string | null,
): Promise<{ limits: SignInLimits; close(): Promise<void> }> {
  if (!redisUrl) return { limits: new SignInLimits(null), close: async () => {} }
  // No offline queue: while Redis is away a command fails at once and the in-memory insurance counts.
  const redis = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
    connectionName: 'bordenden-signin',
  })
  redis.on('error', () => {}) // the fan-out logs Redis going away and coming back
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve))
  return {
    limits: new SignInLimits(redis),
    close: async () => {
      redis.disconnect()
    },
  }
}
