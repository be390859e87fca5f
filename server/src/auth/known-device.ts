import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { AccountStore } from '../storage/accounts.ts'
import { generateSecret, hashSecret, isWellFormedSecret } from './tokens.ts'

export const DEVICE_COOKIE = 'bordenden_device'
const YEAR_MS = 365 * 24 * 3600 * 1000

/**
 * A browser that signed in to an account before keeps a random token in a long-lived cookie (only its
 * hash is stored). It proves nothing by itself, the password is still checked, but it exempts that
 * browser from the account's and the address's locks (see SignInLimits): whoever floods sign-in with
 * her e-mail cannot keep a coordinator out of her own computer.
 */
export class KnownDevices {
  private readonly accounts: AccountStore

  constructor(accounts: AccountStore) {
    this.accounts = accounts
  }

  /** The device id, when this request's browser signed in to `userId` within a year; else null. */
  async of(c: Context, userId: string | null, now = Date.now()): Promise<string | null> {
    const token = getCookie(c, DEVICE_COOKIE)
    if (!token || !userId || !isWellFormedSecret(token)) return null
    const id = hashSecret(token)
    return (await this.accounts.deviceOwner(id, now - YEAR_MS)) === userId ? id : null
  }

  /** After a right password from a browser the account does not know yet: the cookie, for a year. */
  async remember(c: Context, userId: string, secure: boolean, now = Date.now()) {
    const token = generateSecret()
    await this.accounts.rememberDevice(hashSecret(token), userId, now, now - YEAR_MS)
    // Strict and only sent to sign-in: it is never needed anywhere else.
    setCookie(c, DEVICE_COOKIE, token, {
      httpOnly: true,
      secure,
      sameSite: 'Strict',
      path: '/api/auth',
      expires: new Date(now + YEAR_MS),
    })
  }
}
