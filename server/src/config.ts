import path from 'node:path'
import type { LogLevel } from './log.ts'

export interface Config {
  port: number
  host: string
  /** Folder of the embedded SQLite database (and of the demo login). */
  dataDir: string
  /** PostgreSQL instead of SQLite, for several processes sharing one database. */
  databaseUrl: string | null
  /** Redis pub/sub that carries updates and presence between processes serving the same courses. */
  redisUrl: string | null
  /** Base URL people use to reach the server; used in printed links. */
  publicUrl: string
  tldrawLicenseKey: string | null
  logLevel: LogLevel
  /** The built board app (Vite output) served at / and /board/:courseId. */
  boardDist: string
  /** Create a demo course on first start: only when asked for (`BORDENDEN_DEMO=1`, as start.sh does). */
  demo: boolean
  /** Largest websocket message accepted; larger ones close that socket with 1009. */
  maxMessageBytes: number
  /** Merge a room's update log into one snapshot after this many appended updates. */
  compactEvery: number
  /** How long a room stays loaded after its last socket left, so that a reconnect does not load it again. */
  roomGraceMs: number
  /** Updates a document may have accepted and not yet stored before reading from its editors pauses. */
  writeBacklogUpdates: number
  /**
   * How often quiet sockets are checked: one the server sent nothing since the last check gets a
   * keepalive, so none stays silent for twice this long (y-websocket clients give up after 30 s).
   */
  keepaliveMs: number
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean
  /** Other origins allowed to make state-changing requests (e.g. the browser extension's). */
  allowedOrigins: string[]
  /** Session cookies get `Secure` when the public URL is HTTPS. */
  secureCookies: boolean
  /** Shown on printed records. */
  municipality: string
  /** Days a closed course is kept before it is deleted with everything of it; null keeps courses. */
  retentionDays: number | null
  /** Who may read /metrics: with a token, whoever sends it as a bearer token; without, loopback only. */
  metricsToken: string | null
  /** Where to announce sent records (optional), and the HMAC secret that signs the announcement. */
  webhook: { url: string; secret: string } | null
  /** Milliseconds added to the clock (`TEST_CLOCK_OFFSET_MS`), honoured only when NODE_ENV=test. */
  clockOffsetMs: number
}

const repoRoot = path.resolve(import.meta.dirname, '../..')
const CENTURY_MS = 100 * 366 * 86_400_000

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the environment once at startup; a bad value stops the server with a message that names it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = integer(env, 'PORT', 8787, 0, 65535)
  const host = env.HOST || '127.0.0.1'
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  const publicUrl = (env.PUBLIC_URL || `http://${shownHost}:${port}`).replace(/\/+$/, '')
  return {
    port,
    host,
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, 'data')),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    publicUrl,
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || null,
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    boardDist: path.resolve(env.BOARD_DIST || path.join(repoRoot, 'packages/board/dist')),
    demo: env.BORDENDEN_DEMO === '1',
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', 4 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    compactEvery: integer(env, 'COMPACT_EVERY', 500, 1, 1_000_000),
    roomGraceMs: integer(env, 'ROOM_GRACE_MS', 30_000, 0, 3_600_000),
    writeBacklogUpdates: integer(env, 'WRITE_BACKLOG_UPDATES', 2048, 2, 1_000_000),
    keepaliveMs: integer(env, 'KEEPALIVE_MS', 10_000, 100, 14_000),
    trustProxy: env.TRUST_PROXY === '1',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    secureCookies: publicUrl.startsWith('https:'),
    municipality: env.MUNICIPALITY_NAME || 'Kommunen',
    retentionDays: env.RETENTION_DAYS ? integer(env, 'RETENTION_DAYS', 0, 0, 36_500) : null,
    metricsToken: metricsToken(env),
    webhook: webhook(env),
    clockOffsetMs:
      env.NODE_ENV === 'test' ? integer(env, 'TEST_CLOCK_OFFSET_MS', 0, -CENTURY_MS, CENTURY_MS) : 0,
  }
}

function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

function oneOf<T extends string>(
  env: Record<string, string | undefined>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`)
  }
  return raw as T
}

function url(env: Record<string, string | undefined>, name: string, protocols: string[]): string | null {
  const raw = env[name]
  if (!raw) return null
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join('//… or ')}//…)`)
  }
  // The value may hold a password, so it is never echoed back.
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must start with ${protocols[0]}//`)
  return raw
}

function webhook(env: Record<string, string | undefined>): Config['webhook'] {
  const url = env.WEBHOOK_URL
  if (!url) return null
  if (!/^https?:\/\//.test(url)) throw new ConfigError(`WEBHOOK_URL must be an http(s) URL, got "${url}"`)
  const secret = env.WEBHOOK_SECRET ?? ''
  if (secret.length < 16)
    throw new ConfigError('WEBHOOK_SECRET must be at least 16 characters when WEBHOOK_URL is set')
  return { url, secret }
}

function metricsToken(env: Record<string, string | undefined>): string | null {
  const token = env.METRICS_TOKEN
  if (!token) return null
  if (token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters')
  return token
}
