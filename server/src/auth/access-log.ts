import type { RefusalTally } from '../audit/refusal-tally.ts'
import type { AuditStore } from '../storage/accounts.ts'
import { type CourseAccess, type CourseRole, linkActor, sessionCredential } from './course-access.ts'
import type { ValidSession } from './sessions.ts'
import { hashSecret, isWellFormedSecret } from './tokens.ts'

/** A websocket, or a REST request through `requireCourseRole`. */
export type AccessChannel = 'socket' | 'api'

/** Who a refused request said it was: a prefix of the hash of what it presented, never the secret. */
export interface Presented {
  via: 'link' | 'session' | 'none'
  actor: string
  credential: string | null
}

export interface Refusal extends Presented {
  courseId: string | null
  channel: AccessChannel
  /** `no credential`, `no access`, `role` (the role may not do this), `owner only` or `cross-site`. */
  reason: string
  /** The role the request had in the course, when it had one but it was not enough. */
  role: CourseRole | null
}

/**
 * REST reads are many (every view fetches several), so one entry per session or link per course per
 * this window says the course was opened through the API; each socket and each refusal is an entry of
 * its own. In memory, per process: with several processes each writes its own entry per window.
 */
export const API_OPENING_WINDOW_MS = 10 * 60 * 1000

/** Describes a link token, else a session token, without storing either. */
export function presented(
  linkToken: string | null,
  sessionToken: string | null,
  session: ValidSession | null,
): Presented {
  if (linkToken !== null) {
    const credential = isWellFormedSecret(linkToken) ? linkActor({ id: hashSecret(linkToken) }) : null
    return { via: 'link', actor: credential ?? 'unknown', credential }
  }
  if (sessionToken !== null) {
    const credential = isWellFormedSecret(sessionToken) ? sessionCredential(hashSecret(sessionToken)) : null
    return { via: 'session', actor: session ? `user:${session.user.id}` : 'unknown', credential }
  }
  return { via: 'none', actor: 'unknown', credential: null }
}

/** Who a granted request is, in the same terms. */
export function granted(access: CourseAccess): Presented {
  return {
    via: access.member === null ? 'link' : 'session',
    actor: access.actor,
    credential: access.credential,
  }
}

/** The audit log's entries for opening a course and for being refused one. No document content. */
export class AccessLog {
  private readonly audit: AuditStore
  private readonly apiWindowMs: number
  /** When each session or link last got an API opening entry for a course. */
  private readonly lastApiOpening = new Map<string, number>()

  private readonly anonymous: RefusalTally

  constructor(audit: AuditStore, anonymous: RefusalTally, apiWindowMs = API_OPENING_WINDOW_MS) {
    this.audit = audit
    this.anonymous = anonymous
    this.apiWindowMs = apiWindowMs
  }

  async opened(access: CourseAccess, channel: AccessChannel, ip: string | null, now = Date.now()) {
    if (channel === 'api' && !this.firstInWindow(`${access.revocationKey}|${access.courseId}`, now)) return
    const { actor, ...who } = granted(access)
    await this.audit.append({
      at: now,
      actor,
      action: 'course.opened',
      courseId: access.courseId,
      ip,
      detail: { channel, ...who, role: access.role, canEdit: access.canEdit },
    })
  }

  /**
   * A refusal of someone the server cannot name (no valid session; a link token it does not know, or
   * one revoked or expired) is only counted, per address and minute: anyone can send those endlessly.
   * A signed-in person's refusal, or a valid link's refusal for its role, is an entry of its own.
   */
  async refused(refusal: Refusal, ip: string | null, now = Date.now()) {
    const { courseId, actor, ...detail } = refusal
    if (refusal.role === null && !actor.startsWith('user:')) {
      this.anonymous.count({ at: now, actor, action: 'course.refused', courseId, ip, reason: refusal.reason })
      return
    }
    await this.audit.append({ at: now, actor, action: 'course.refused', courseId, ip, detail })
  }

  private firstInWindow(key: string, now: number): boolean {
    const last = this.lastApiOpening.get(key)
    if (last !== undefined && now - last < this.apiWindowMs) return false
    this.lastApiOpening.set(key, now)
    if (this.lastApiOpening.size > 100_000) {
      for (const [k, at] of this.lastApiOpening)
        if (now - at >= this.apiWindowMs) this.lastApiOpening.delete(k)
    }
    return true
  }
}
