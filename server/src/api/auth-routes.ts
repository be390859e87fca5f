import { type AuditAction, CloseCode, type UserRole } from '@bordenden/contract'
import { type Locale, Locales } from '@bordenden/model'
import { zValidator } from '@hono/zod-validator'
import { type Context, Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { z } from 'zod'
import type { RefusalTally } from '../audit/refusal-tally.ts'
import { bearerFromHeader } from '../auth/bearer.ts'
import { sessionCredential } from '../auth/course-access.ts'
import type { KnownDevices } from '../auth/known-device.ts'
import { type LiveConnections, sessionKey } from '../auth/live-connections.ts'
import { decoyHash, hashPassword, verifyPassword, WeakPasswordError } from '../auth/passwords.ts'
import type { Sessions } from '../auth/sessions.ts'
import type { SignInLimits } from '../auth/sign-in-limits.ts'
import { hashSecret } from '../auth/tokens.ts'
import type { AppEnv } from '../context.ts'
import { refuse } from '../http/refusal.ts'
import {
  clearSessionCookie,
  requireUser,
  SESSION_COOKIE,
  setSessionCookie,
  signedIn,
} from '../http/session.ts'
import type { Storage } from '../storage/storage.ts'
import { invalidBody } from './validation.ts'

export interface AuthRouteDeps {
  storage: Storage
  sessions: Sessions
  live: LiveConnections
  /** Shared by sign-in and password change: both guess the same password. */
  limits: SignInLimits
  devices: KnownDevices
  /** Sign-in attempts nobody can be named for (an unknown e-mail, a throttled attempt) are only counted. */
  refusals: RefusalTally
  secureCookies: boolean
}

const credentials = z.object({
  email: z.string().trim().min(3).max(200),
  password: z.string().min(1).max(256),
  /** `extension`: answer with a bearer token instead of setting the cookie (see auth/bearer.ts). */
  client: z.enum(['browser', 'extension']).default('browser'),
})
const localeChoice = z.object({ locale: z.enum(Locales) })
const passwordChange = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().max(256),
})

/** 429 with the wait, in the answer and as `Retry-After`. */
function tooManyAttempts(c: Context<AppEnv>, waitMs: number) {
  const seconds = Math.ceil(waitMs / 1000)
  c.header('Retry-After', String(seconds))
  return refuse(c, 429, 'too_many_attempts', { retryAfterSeconds: seconds })
}

/** `/api/auth`: sign in, sign out, who am I, change password. */
export function authRoutes(deps: AuthRouteDeps) {
  const { storage, sessions, live, limits, devices, refusals, secureCookies } = deps
  const _audit = storage.audit
  /** Ends sessions and closes their sockets on every course. */
  const endSessions = (ids: readonly string[], reason: string) => {
    for (const id of ids) live.closeAll(sessionKey(id), CloseCode.accessRevoked, reason)
  }

  return (
    new Hono<AppEnv>()
      .post('/login', zValidator('json', credentials, invalidBody), async (c) => {
        const { email, password, client } = c.req.valid('json')
        const ip = c.get('ip')
        const anonymous = (action: AuditAction, reason: string) =>
          refusals.count({ at: Date.now(), actor: 'unknown', action, courseId: null, ip, reason })
        const user = await storage.accounts.userByEmail(email)
        // The extension keeps no cookies of ours; only browsers become known devices.
        const device = client === 'browser' ? await devices.of(c, user?.id ?? null) : null
        // Counted before the Argon2 check (see SignInLimits): parallel guesses cannot all slip through.
        const admission = await limits.admit({ account: email, ip, device })
        if (admission.waitMs > 0) {
          anonymous('login.throttled', device ? 'device' : 'limit')
          return tooManyAttempts(c, admission.waitMs)
        }
        const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), password)
        if (!user || !ok || user.disabledAt !== null) {
          if (user) await c.var.audit('login.failed', {}, { actor: `user:${user.id}`, courseId: null })
          else anonymous('login.failed', 'unknown account')
          return refuse(c, 401, 'wrong_credentials')
        }
        await admission.succeeded()
        const { token, session } = await sessions.create(user.id)
        await c.var.audit(
          'login',
          { client, session: sessionCredential(session.id) },
          { actor: `user:${user.id}`, courseId: null },
        )
        // The extension keeps its token in its own storage; it never becomes a cookie.
        if (client === 'extension') {
          return c.json({
            client: 'extension' as const,
            user: publicUser(user),
            token,
            expiresAt: session.expiresAt,
          })
        }
        // A fresh session every time: a session id planted before sign-in is never promoted (fixation).
        const previous = getCookie(c, SESSION_COOKIE)
        if (previous) await storage.accounts.deleteSession(hashSecret(previous))
        setSessionCookie(c, token, session.expiresAt, secureCookies)
        if (device === null) await devices.remember(c, user.id, secureCookies)
        return c.json({ client: 'browser' as const, user: publicUser(user) })
      })
      .post('/logout', async (c) => {
        const auth = c.get('auth')
        if (auth) {
          await storage.accounts.deleteSession(auth.session.id)
          endSessions([auth.session.id], 'signed out')
          await c.var.audit(
            'logout',
            { session: sessionCredential(auth.session.id) },
            { actor: `user:${auth.user.id}`, courseId: null },
          )
        }
        clearSessionCookie(c, secureCookies)
        return c.json({ ok: true })
      })
      .get('/me', requireUser, (c) => c.json({ user: publicUser(signedIn(c).user) }))
      // The person's language, followed by every surface they sign in to (the web app, the board, the extension).
      .put('/locale', requireUser, zValidator('json', localeChoice, invalidBody), async (c) => {
        const { locale } = c.req.valid('json')
        await storage.accounts.setLocale(signedIn(c).user.id, locale)
        return c.json({ locale })
      })
      .post('/password', requireUser, zValidator('json', passwordChange, invalidBody), async (c) => {
        const { session, user } = signedIn(c)
        const { currentPassword, newPassword } = c.req.valid('json')
        const actor = `user:${user.id}`
        const current = { session: sessionCredential(session.id) }
        // The same limit as signing in: a stolen session must not become a way to guess the password.
        const device = await devices.of(c, user.id)
        const admission = await limits.admit({ account: user.email, ip: c.get('ip'), device })
        if (admission.waitMs > 0) {
          await c.var.audit('password.throttled', current, { actor, courseId: null })
          return tooManyAttempts(c, admission.waitMs)
        }
        if (!(await verifyPassword(user.passwordHash, currentPassword))) {
          await c.var.audit('password.failed', current, { actor, courseId: null })
          return refuse(c, 403, 'wrong_current_password')
        }
        await admission.succeeded()
        try {
          await storage.accounts.setPasswordHash(
            user.id,
            await hashPassword(newPassword, [user.email, user.name]),
          )
        } catch (error) {
          if (error instanceof WeakPasswordError) {
            return refuse(c, 400, error.code)
          }
          throw error
        }
        // Every session of this user ends, this one too, so one that leaked with the old password is
        // useless; this browser (or the extension) goes on with a new one, and its boards reconnect on it.
        const ended = await storage.accounts.deleteUserSessions(user.id)
        endSessions(
          ended.filter((id) => id !== session.id),
          'password changed',
        )
        live.closeAll(sessionKey(session.id), CloseCode.sessionRenewed, 'session renewed')
        const { token, session: next } = await sessions.create(user.id)
        await c.var.audit(
          'password.changed',
          { ...current, newSession: sessionCredential(next.id) },
          { actor, courseId: null },
        )
        if (bearerFromHeader(c.req.header('authorization')) !== null) {
          return c.json({ ok: true, token, expiresAt: next.expiresAt })
        }
        setSessionCookie(c, token, next.expiresAt, secureCookies)
        return c.json({ ok: true })
      })
  )
}

export const publicUser = (user: {
  id: string
  email: string
  name: string
  role: UserRole
  locale: Locale | null
}) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  locale: user.locale,
})
