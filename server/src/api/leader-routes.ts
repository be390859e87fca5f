import { type Context, Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { refuse } from '../http/refusal.ts'
import { requireUser, signedIn } from '../http/session.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { leaderCsv } from './leader-csv.ts'
import { leaderOverviews } from './leader-overview.ts'

export interface LeaderDeps {
  storage: Storage
  rooms: RoomRegistry
}

/**
 * `/api/leader`: the leader's overview, aggregates only (packages/model/src/leader-aggregates.ts), as
 * JSON for the page and as CSV. Only a `leder` reads it; each read is audited (no figures in the log).
 */
export function leaderRoutes({ storage, rooms }: LeaderDeps) {
  const overview = leaderOverviews(storage, rooms)
  const leaders = new Hono<AppEnv>().use(requireUser).use(async (c, next) => {
    const { user } = signedIn(c)
    if (user.role !== 'leder') return refuse(c, 403, 'leaders_only')
    await next()
  })
  const audited = async (c: Context<AppEnv>, format: string) => {
    await c.var.audit('leader.overview.read', { format })
    return overview()
  }
  return leaders
    .get('/overview', async (c) => c.json(await audited(c, 'json')))
    .get('/overview.csv', async (c) => {
      const csv = leaderCsv(await audited(c, 'csv'))
      c.header('Content-Type', 'text/csv; charset=utf-8')
      c.header('Content-Disposition', 'attachment; filename="bordenden-ledelsestal.csv"')
      return c.body(csv)
    })
}
