import { timingSafeEqual } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import { type Context, Hono } from 'hono'
import type { Registry } from 'prom-client'
import type { AppEnv } from '../context.ts'
import type { ReadinessProbe } from './readiness.ts'

export interface OperationsRouteOptions {
  readiness: ReadinessProbe
  metrics: Registry
  /** METRICS_TOKEN: with it, /metrics wants `Authorization: Bearer <token>`; without, loopback only. */
  metricsToken: string | null
}

/**
 * What a service manager, load balancer and Prometheus ask: `/healthz` (the process answers; a stable
 * interface, always `{"status":"ok"}`), `/readyz` (storage, migrations and Redis; 503 naming what
 * failed) and `/metrics`.
 */
export function operationsRoutes({ readiness, metrics, metricsToken }: OperationsRouteOptions) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      const state = await readiness.check()
      return c.json(state, state.ready ? 200 : 503)
    })
    .get('/metrics', async (c) => {
      if (!mayReadMetrics(c, metricsToken)) return c.json({ error: 'metrics are not public' }, 403)
      return c.body(await metrics.metrics(), 200, { 'content-type': metrics.contentType })
    })
}

/**
 * Metrics show how busy each process is, not who is in which course, but they are still not for the
 * internet. With a token, whoever presents it (from anywhere). Without one, only a scraper on this host:
 * a loopback peer that came through no proxy (a local reverse proxy connects from loopback too, but adds
 * X-Forwarded-For or Forwarded).
 */
function mayReadMetrics(c: Context, token: string | null): boolean {
  if (token !== null) {
    const presented = Buffer.from(c.req.header('authorization')?.replace(/^Bearer /i, '') ?? '')
    const expected = Buffer.from(token)
    return presented.length === expected.length && timingSafeEqual(presented, expected)
  }
  if (c.req.header('x-forwarded-for') !== undefined || c.req.header('forwarded') !== undefined) return false
  let address: string | undefined
  try {
    address = getConnInfo(c).remote.address
  } catch {
    return false
  }
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'
}
