import type { AccountStore, SessionRow, User } from '../storage/accounts.ts'
import { generateSecret, hashSecret, isWellFormedSecret } from './tokens.ts'

const DAY = 24 * 60 * 60 * 1000
/** A session lives 30 days from its last use (sliding), and is extended at most once a day. */
export const SESSION_LIFETIME_MS = 30 * DAY
const RENEW_WHEN_LEFT_MS = SESSION_LIFETIME_MS - DAY

export interface ValidSession {
  session: SessionRow
  user: User
}

/** Sessions the way Lucia's guide does them: a random token in the cookie, its hash in the database. */
export class Sessions {
  private readonly accounts: AccountStore

  constructor(accounts: AccountStore) {
    this.accounts = accounts
  }

  async create(userId: string, now = Date.now()): Promise<{ token: string; session: SessionRow }> {
    const token = generateSecret()
    const session = { id: hashSecret(token), userId, createdAt: now, expiresAt: now + SESSION_LIFETIME_MS }
    await this.accounts.createSession(session)
    return { token, session }
  }

  /** The session and its user, or null for an unknown, expired or disabled one. Extends it when used. */
  async validate(token: string, now = Date.now()): Promise<ValidSession | null> {
    if (!isWellFormedSecret(token)) return null
    const session = await this.accounts.sessionById(hashSecret(token))
    if (!session) return null
    if (session.expiresAt <= now) {
      await this.accounts.deleteSession(session.id)
      return null
    }
    const user = await this.accounts.userById(session.userId)
    if (!user || user.disabledAt !== null) return null
    if (session.expiresAt - now < RENEW_WHEN_LEFT_MS) {
      session.expiresAt = now + SESSION_LIFETIME_MS
      await this.accounts.extendSession(session.id, session.expiresAt)
    }
    return { session, user }
  }
}
