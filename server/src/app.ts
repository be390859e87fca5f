import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { accessRoutes } from './api/access-routes.ts'
import { authRoutes } from './api/auth-routes.ts'
import { betweenMeetingsRoutes } from './api/between-meetings-routes.ts'
import { citizenEvaluationRoutes } from './api/citizen-evaluation-routes.ts'
import { courseRoutes } from './api/course-routes.ts'
import { handoverRoutes } from './api/handover-routes.ts'
import { leaderFence } from './api/leader-fence.ts'
import { leaderRoutes } from './api/leader-routes.ts'
import { lifecycleRoutes } from './api/lifecycle-routes.ts'
import { measureRoutes } from './api/measure-routes.ts'
import { overviewRoutes } from './api/overview-routes.ts'
import { recordRoutes } from './api/record-routes.ts'
import { registrationRoutes } from './api/registration-routes.ts'
import { statusReportRoutes } from './api/status-report-routes.ts'
import { suggestionRoutes } from './api/suggestion-routes.ts'
import type { RefusalTally } from './audit/refusal-tally.ts'
import { AccessLog } from './auth/access-log.ts'
import { authorizeWithAccounts } from './auth/authorize.ts'
import { KnownDevices } from './auth/known-device.ts'
import type { LiveConnections } from './auth/live-connections.ts'
import { Sessions } from './auth/sessions.ts'
import type { SignInLimits } from './auth/sign-in-limits.ts'
import type { Config } from './config.ts'
import type { AppEnv } from './context.ts'
import { loadChecklistTemplate } from './courses/checklist-template.ts'
import { boardRoutes } from './http/board.ts'
import { clientIp } from './http/client-ip.ts'
import { rejectCrossSite, rejectCrossSiteUpgrade } from './http/csrf.ts'
import { noStore, securityHeaders } from './http/security-headers.ts'
import { loadSession } from './http/session.ts'
import { courseDataRoutes } from './lifecycle/course-data-routes.ts'
import { errorFields, type Logger } from './log.ts'
import { mailLinkRoutes } from './mail/link-routes.ts'
import type { Mailer } from './mail/mailer.ts'
import { mailSettingsRoutes } from './mail/settings-routes.ts'
import { type OperationsRouteOptions, operationsRoutes } from './ops/routes.ts'
import type { Storage } from './storage/storage.ts'
import type { RoomRegistry } from './sync/rooms.ts'
import { syncRoutes } from './sync/route.ts'

export interface AppDeps {
  config: Config
  log: Logger
  storage: Storage
  rooms: RoomRegistry
  live: LiveConnections
  /** Anonymous refusals, counted per address and minute; the server writes what is left at shutdown. */
  refusals: RefusalTally
  /** Sign-in limits, in Redis when there is one (shared by every process). */
  limits: SignInLimits
  /** /healthz, /readyz and /metrics. */
  operations: Omit<OperationsRouteOptions, 'metricsToken'>
  /** Queues e-mail (records, reminders) when SMTP is configured. */
  mailer: Mailer
}

/** The HTTP surface, read top to bottom. */
export function createApp(deps: AppDeps) {
  const { config, log, storage, rooms, live, refusals, limits, operations, mailer } = deps
  const sessions = new Sessions(storage.accounts)
  const secureCookies = config.secureCookies
  const accessLog = new AccessLog(storage.audit, refusals)
  const app = new Hono<AppEnv>()

  app.use(securityHeaders())
  app.use(async (c, next) => {
    c.set('ip', clientIp(c, config.trustProxy))
    c.set('accessLog', accessLog)
    await next()
  })

  app.route('/', operationsRoutes({ ...operations, metricsToken: config.metricsToken }))
  app.get('/api/config', (c) => c.json({ tldrawLicenseKey: config.tldrawLicenseKey }))

  app.use('/api/*', noStore(), rejectCrossSite(config), loadSession(sessions), leaderFence)
  app.route(
    '/api/auth',
    authRoutes({
      storage,
      sessions,
      live,
      secureCookies,
      limits,
      devices: new KnownDevices(storage.accounts),
      refusals,
    }),
  )
  app.route('/api/courses', courseRoutes({ storage, live, rooms, publicUrl: config.publicUrl }))
  app.route('/api/courses', courseDataRoutes({ storage, rooms, log }))
  app.route(
    '/api/lifecycle',
    lifecycleRoutes({ storage, rooms, checklists: loadChecklistTemplate(config.dataDir) }),
  )
  app.route('/api/access', accessRoutes({ storage }))
  app.route('/api/records', recordRoutes({ storage, rooms, config, mailer }))
  app.route('/api/mail', mailSettingsRoutes({ storage, mailer }))
  app.route('/api/agreements', statusReportRoutes({ storage, rooms }))
  app.route('/api/evaluation', citizenEvaluationRoutes({ storage, rooms }))
  app.route('/api/suggestions', suggestionRoutes({ storage, rooms }))
  app.route('/api', betweenMeetingsRoutes({ storage, rooms, live }))
  app.route('/api/overview', overviewRoutes({ storage, rooms }))
  app.route('/api/measures', measureRoutes({ storage, rooms }))
  app.route('/api/registrations', registrationRoutes({ storage, rooms }))
  app.route('/api/handover', handoverRoutes({ storage }))
  app.route('/api/leader', leaderRoutes({ storage, rooms }))

  const authorize = authorizeWithAccounts({ accounts: storage.accounts, sessions, accessLog })
  app.use('/sync/*', rejectCrossSiteUpgrade(config, sessions))
  app.route(
    '/sync',
    syncRoutes({
      rooms,
      log,
      live,
      authorize,
      maxBufferedBytes: config.maxMessageBytes * 4,
      keepaliveMs: config.keepaliveMs,
      trustProxy: config.trustProxy,
    }),
  )
  app.route('/mail', mailLinkRoutes({ storage }))
  app.route('/', boardRoutes(config.boardDist))

  app.notFound((c) => c.json({ error: 'not found' }, 404))
  app.onError((error, c) => {
    // Hono's own refusals (a body that is not JSON, …) are the client's fault and say so.
    if (error instanceof HTTPException) return error.res ?? c.json({ error: error.message }, error.status)
    log.error('request failed', { path: c.req.routePath, ...errorFields(error) })
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
