import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import { bearerFromHeader } from '../auth/bearer.ts'
import type { Sessions, ValidSession } from '../auth/sessions.ts'
import type { AppEnv, RequestContext } from '../context.ts'
import { refuse } from './refusal.ts'

export const SESSION_COOKIE = 'bordenden_session'

/**
 * Loads the signed-in user (or null) into the context; never fails the request by itself. A request with
 * a bearer token (the extension) is judged by that token alone, never by a cookie that came along: that is
 * what lets the CSRF check pass bearer requests (see `rejectCrossSite`).
 */
export function loadSession(sessions: Sessions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = presentedSessionToken(c)
    c.set('auth', token ? await sessions.validate(token) : null)
    await next()
  }
}

/** The bearer token, else the session cookie, the request came with (valid or not); null without. */
export function presentedSessionToken(c: Context): string | null {
  return bearerFromHeader(c.req.header('authorization')) ?? getCookie(c, SESSION_COOKIE) ?? null
}

/** 401 for requests without a valid session. */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('auth')) return refuse(c, 401, 'sign_in_required')
  await next()
}

/** The signed-in user of a route behind requireUser. */
export function signedIn(c: RequestContext): ValidSession {
  const auth = c.get('auth')
  if (!auth)
    throw new HTTPException(401, {
      res: Response.json({ error: { code: 'sign_in_required' } }, { status: 401 }),
    })
  return auth
}

/** HttpOnly so scripts cannot read it, SameSite=Lax against cross-site posts, Secure over HTTPS. */
export function setSessionCookie(c: Context, token: string, expiresAt: number, secure: boolean) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/',
    expires: new Date(expiresAt),
  })
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Lax' })
}
