import { Redis } from 'ioredis'
import { errorFields } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import { serverVersion } from './version.ts'

/** One part the process needs to serve: `ok`, or why not (no secrets: URLs are never echoed). */
type Check = { ok: true } | { ok: false; error: string }

export interface Readiness {
  ready: boolean
  version: string
  checks: { storage: Check & { schema?: number }; redis?: Check }
}

/** Bound on each check, so a hung database makes /readyz answer 503 instead of hanging the prober. */
const CHECK_MS = 2_000

/**
 * Whether this process can serve: storage answers and is migrated to this release's schema, and the
 * Redis relay (when configured) answers a PING. A dedicated Redis connection without an offline queue
 * fails at once while Redis is away, instead of reporting the relay's last state.
 */
export function readinessProbe(storage: Storage, redisUrl: string | null) {
  const redis = redisUrl
    ? new Redis(redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        lazyConnect: false,
        connectionName: 'bordenden-readyz',
        retryStrategy: (attempt: number) => Math.min(200 * attempt, 2_000),
      })
    : null
  redis?.on('error', () => {}) // reported through /readyz; the relay logs connection trouble already

  const check = async <T>(
    work: () => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: string }> => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_MS} ms`)), CHECK_MS)
    })
    try {
      return { ok: true, value: await Promise.race([work(), timeout]) }
    } catch (error) {
      return { ok: false, error: String(errorFields(error).reason) }
    } finally {
      clearTimeout(timer)
    }
  }

  return {
    async check(): Promise<Readiness> {
      const [schema, ping] = await Promise.all([
        check(() => storage.schemaVersion()),
        redis ? check(() => redis.ping()) : Promise.resolve(null),
      ])
      const storageCheck: Readiness['checks']['storage'] = !schema.ok
        ? { ok: false, error: schema.error }
        : schema.value.current < schema.value.latest
          ? { ok: false, error: 'migrations not done', schema: schema.value.current }
          : { ok: true, schema: schema.value.current }
      const checks: Readiness['checks'] = { storage: storageCheck }
      if (ping) checks.redis = ping.ok ? { ok: true } : { ok: false, error: ping.error }
      return { ready: storageCheck.ok && (ping?.ok ?? true), version: serverVersion, checks }
    },
    close() {
      redis?.disconnect()
    },
  }
}

export type ReadinessProbe = ReturnType<typeof readinessProbe>
