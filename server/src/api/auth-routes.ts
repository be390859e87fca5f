import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { z } from 'zod'
import type { LiveConnections } from '../auth/live-connections.ts'
import { decoyHash, hashPassword, verifyPassword, WeakPasswordError } from '../auth/passwords.ts'
import type { FailureLimiter } from '../auth/rate-limit.ts'
import type { Sessions } from '../auth/sessions.ts'
import { hashSecret } from '../auth/tokens.ts'
import type { AppEnv } from '../context.ts'
import {
  clearSessionCookie,
  requireUser,
  SESSION_COOKIE,
  setSessionCookie,
  signedIn,
} from '../http/session.ts'
import type { Storage } from '../storage/storage.ts'
import { CloseCode } from '../sync/peer.ts'
import { invalidBody } from './validation.ts'

export interface AuthRouteDeps {
  storage: Storage
  sessions: Sessions
  live: LiveConnections
  accountLimiter: FailureLimiter
  ipLimiter: FailureLimiter
  secureCookies: boolean
}

const credentials = z.object({
  email: z.string().trim().min(3).max(200),
  password: z.string().min(1).max(256),
  /** `extension`: answer with a bearer token instead of setting the cookie (see auth/bearer.ts). */
  client: z.enum(['browser', 'extension']).default('browser'),
})
const passwordChange = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().max(256),
})

/** `/api/auth`: sign in, sign out, who am I, change password. */
export function authRoutes(deps: AuthRouteDeps) {
  const { storage, sessions, live, accountLimiter, ipLimiter, secureCookies } = deps
  const audit = storage.audit

  return new Hono<AppEnv>()
    .post('/login', zValidator('json', credentials, invalidBody), async (c) => {
      const { email, password, client } = c.req.valid('json')
      const ip = c.get('ip')
      const accountKey = `account:${email.toLowerCase()}`
      const ipKey = `ip:${ip ?? 'unknown'}`
      const wait = Math.max(accountLimiter.retryAfter(accountKey), ipLimiter.retryAfter(ipKey))
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60_000)
        c.header('Retry-After', String(Math.ceil(wait / 1000)))
        await audit.append({
          at: Date.now(),
          actor: 'unknown',
          action: 'login.throttled',
          courseId: null,
          ip,
          detail: {},
        })
        return c.json(
          {
            error: `For mange forsøg. Prøv igen om ${minutes} min.`,
            retryAfterSeconds: Math.ceil(wait / 1000),
          },
          429,
        )
      }
      const user = await storage.accounts.userByEmail(email)
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), password)
      if (!user || !ok || user.disabledAt !== null) {
        accountLimiter.fail(accountKey)
        ipLimiter.fail(ipKey)
        await audit.append({
          at: Date.now(),
          actor: user ? `user:${user.id}` : 'unknown',
          action: 'login.failed',
          courseId: null,
          ip,
          detail: {},
        })
        return c.json({ error: 'Forkert e-mail eller adgangskode' }, 401)
      }
      accountLimiter.reset(accountKey)
      const { token, session } = await sessions.create(user.id)
      await audit.append({
        at: Date.now(),
        actor: `user:${user.id}`,
        action: 'login',
        courseId: null,
        ip,
        detail: { client },
      })
      // The extension keeps its token in its own storage; it never becomes a cookie.
      if (client === 'extension') {
        return c.json({ user: publicUser(user), token, expiresAt: session.expiresAt })
      }
      // A fresh session every time: a session id planted before sign-in is never promoted (fixation).
      const previous = getCookie(c, SESSION_COOKIE)
      if (previous) await storage.accounts.deleteSession(hashSecret(previous))
      setSessionCookie(c, token, session.expiresAt, secureCookies)
      return c.json({ user: publicUser(user) })
    })
    .post('/logout', async (c) => {
      const auth = c.get('auth')
      if (auth) {
        await storage.accounts.deleteSession(auth.session.id)
        live.closeAll(`session:${auth.session.id}`, CloseCode.accessRevoked, 'signed out')
        await audit.append({
          at: Date.now(),
          actor: `user:${auth.user.id}`,
          action: 'logout',
          courseId: null,
          ip: c.get('ip'),
          detail: {},
        })
      }
      clearSessionCookie(c, secureCookies)
      return c.json({ ok: true })
    })
    .get('/me', requireUser, (c) => c.json({ user: publicUser(signedIn(c).user) }))
    .post('/password', requireUser, zValidator('json', passwordChange, invalidBody), async (c) => {
      const { session, user } = signedIn(c)
      const { currentPassword, newPassword } = c.req.valid('json')
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        return c.json({ error: 'Den nuværende adgangskode er forkert' }, 403)
      }
      try {
        await storage.accounts.setPasswordHash(user.id, await hashPassword(newPassword))
      } catch (error) {
        if (error instanceof WeakPasswordError) return c.json({ error: error.message }, 400)
        throw error
      }
      // Every other session of this user ends, and their sockets close.
      for (const id of await storage.accounts.deleteUserSessions(user.id, session.id)) {
        live.closeAll(`session:${id}`, CloseCode.accessRevoked, 'password changed')
      }
      await audit.append({
        at: Date.now(),
        actor: `user:${user.id}`,
        action: 'password.changed',
        courseId: null,
        ip: c.get('ip'),
        detail: {},
      })
      return c.json({ ok: true })
    })
}

export const publicUser = (user: { id: string; email: string; name: string; role: string }) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
})
