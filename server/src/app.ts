import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { accessRoutes } from './api/access-routes.ts'
import { agreementRoutes } from './api/agreement-routes.ts'
import { authRoutes } from './api/auth-routes.ts'
import { citizenEvaluationRoutes } from './api/citizen-evaluation-routes.ts'
import { courseRoutes } from './api/course-routes.ts'
import { feedbackRoutes } from './api/feedback-routes.ts'
import { followUpRoutes } from './api/follow-up-routes.ts'
import { handoverRoutes } from './api/handover-routes.ts'
import { leaderFence } from './api/leader-fence.ts'
import { leaderRoutes } from './api/leader-routes.ts'
import { lifecycleRoutes } from './api/lifecycle-routes.ts'
import { measureRoutes } from './api/measure-routes.ts'
import { overviewRoutes } from './api/overview-routes.ts'
import { recordRoutes } from './api/record-routes.ts'
import { registrationRoutes } from './api/registration-routes.ts'
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
import { auditTrail } from './http/audit-trail.ts'
import { boardRoutes } from './http/board.ts'
import { clientIp } from './http/client-ip.ts'
import { rejectCrossSite, rejectCrossSiteUpgrade } from './http/csrf.ts'
import { refuse } from './http/refusal.ts'
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
  const authorize = authorizeWithAccounts({ accounts: storage.accounts, sessions, accessLog })

  // One chain, so the app's type carries every route: `AppType` is what the clients' `hc` calls check against.
  return new Hono<AppEnv>()
    .use(securityHeaders())
    .use(async (c, next) => {
      c.set('ip', clientIp(c, config.trustProxy))
      c.set('accessLog', accessLog)
      await next()
    })
    .use(auditTrail(storage.audit))
    .route('/', operationsRoutes({ ...operations, metricsToken: config.metricsToken }))
    .get('/api/config', (c) => c.json({ tldrawLicenseKey: config.tldrawLicenseKey }))
    .use('/api/*', noStore(), rejectCrossSite(config), loadSession(sessions), leaderFence)
    .route(
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
    .route('/api/courses', courseRoutes({ storage, live, rooms, publicUrl: config.publicUrl }))
    .route('/api/courses', courseDataRoutes({ storage, rooms, log }))
    .route(
      '/api/lifecycle',
      lifecycleRoutes({ storage, rooms, checklists: loadChecklistTemplate(config.dataDir) }),
    )
    .route('/api/access', accessRoutes({ storage }))
    .route('/api/records', recordRoutes({ storage, rooms, config, mailer }))
    .route('/api/mail', mailSettingsRoutes({ storage, mailer }))
    .route('/api/agreements', agreementRoutes({ storage, rooms }))
    .route('/api/evaluation', citizenEvaluationRoutes({ storage, rooms }))
    .route('/api/suggestions', suggestionRoutes({ storage, rooms }))
    .route('/api/follow-ups', followUpRoutes({ storage, rooms, live }))
    .route('/api/feedback', feedbackRoutes({ storage, rooms }))
    .route('/api/overview', overviewRoutes({ storage, rooms }))
    .route('/api/measures', measureRoutes({ storage, rooms }))
    .route('/api/registrations', registrationRoutes({ storage, rooms }))
    .route('/api/handover', handoverRoutes({ storage }))
    .route('/api/leader', leaderRoutes({ storage, rooms }))
    .use('/sync/*', rejectCrossSiteUpgrade(config, sessions, rooms.traffic))
    .route(
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
    .route('/mail', mailLinkRoutes({ storage }))
    .route('/', boardRoutes(config.boardDist))
    .notFound((c) => refuse(c, 404, 'not_found'))
    .onError((error, c) => {
      // Hono's own refusals (a body that is not JSON, …) are the client's fault and say so.
      if (error instanceof HTTPException)
        return error.res ?? refuse(c, 400, 'invalid_body', { reason: error.message })
      log.error('request failed', { path: c.req.routePath, ...errorFields(error) })
      return refuse(c, 500, 'internal_error')
    })
}

/** The HTTP API's type, for clients' `hc<AppType>()` (re-exported by @bordenden/contract/api). */
export type AppType = ReturnType<typeof createApp>
