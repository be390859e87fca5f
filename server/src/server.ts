import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { WebSocketServer } from 'ws'
import { createApp } from './app.ts'
import { RefusalTally } from './audit/refusal-tally.ts'
import { LiveConnections } from './auth/live-connections.ts'
import { sweepRevoked } from './auth/revocation-sweep.ts'
import { openSignInLimits } from './auth/sign-in-limits.ts'
import type { Config } from './config.ts'
import { startRetention } from './lifecycle/retention.ts'
import { createLogger, errorFields, type Logger } from './log.ts'
import { createMetrics } from './ops/metrics.ts'
import { readinessProbe } from './ops/readiness.ts'
import { openStorage } from './storage/open-storage.ts'
import type { Storage } from './storage/storage.ts'
import { backlogLimits } from './sync/backlog.ts'
import { CloseCode } from './sync/peer.ts'
import { RoomRegistry } from './sync/rooms.ts'
import { reportTaskFailuresTo } from './sync/turn.ts'

export interface RunningServer {
  port: number
  storage: Storage
  rooms: RoomRegistry
  /** Stops accepting, closes sockets (1012), writes and compacts every room, closes storage. */
  close(): Promise<void>
}

export interface StartOptions {
  log?: Logger
  storage?: Storage
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel)
  const storage = options.storage ?? (await openStorage(config, log))
  reportTaskFailuresTo((error) => log.error('a batched task failed', errorFields(error)))
  const rooms = new RoomRegistry({
    storage,
    log,
    compactEvery: config.compactEvery,
    idleGraceMs: config.roomGraceMs,
    backlogLimits: backlogLimits(config.writeBacklogUpdates),
    redisUrl: config.redisUrl,
  })
  await rooms.fanOut?.ready()
  const live = new LiveConnections()
  const fanOut = rooms.fanOut
  if (fanOut) {
    live.relay = (key, code, reason) => fanOut.publishRevocation(key, code, reason)
    fanOut.onRevocation = (key, code, reason) => live.closeHere(key, code, reason)
  }
  const refusals = new RefusalTally(storage.audit, {
    onError: (error) => log.error('writing counted refusals failed', errorFields(error)),
  })
  const signIn = await openSignInLimits(config.redisUrl)
  const readiness = readinessProbe(storage, config.redisUrl)
  const operations = { readiness, metrics: createMetrics(rooms, storage) }
  const app = createApp({
    config,
    log,
    storage,
    rooms,
    live,
    refusals,
    limits: signIn.limits,
    operations,
  })
  const stopSweep = sweepRevoked(live, storage.accounts, log)
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxMessageBytes, // ws applies it to the inflated size too
    // A course's state (a year-long one is ~225 KB) compresses about 5×; small updates and presence go as
    // they are. No context takeover either way keeps zlib's memory per socket to the message in hand.
    perMessageDeflate: { threshold: 1024, serverNoContextTakeover: true, clientNoContextTakeover: true },
  })

  const http = serve({
    fetch: app.fetch,
    port: config.port,
    hostname: config.host,
    websocket: { server: wss },
  })
  await new Promise<void>((resolve, reject) => {
    http.once('listening', resolve)
    http.once('error', reject)
  })
  const port = (http.address() as AddressInfo).port
  const retention = startRetention({ storage, rooms, log, retentionDays: config.retentionDays })

  // Dead peers (laptop lid closed, network gone) are found by ping, not by waiting for TCP.
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      const alive = socket as typeof socket & { bordendenAlive?: boolean }
      if (alive.bordendenAlive === false) {
        socket.terminate()
        continue
      }
      alive.bordendenAlive = false
      socket.ping()
    }
  }, 30_000)
  wss.on('connection', (socket) => {
    const alive = socket as typeof socket & { bordendenAlive?: boolean }
    alive.bordendenAlive = true
    socket.on('pong', () => {
      alive.bordendenAlive = true
    })
  })

  let closing: Promise<void> | null = null
  return {
    port,
    storage,
    rooms,
    close() {
      closing ??= (async () => {
        clearInterval(heartbeat)
        stopSweep()
        await retention.stop()
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()))
        await rooms.closeAll(CloseCode.restart, 'server restarting')
        for (const socket of wss.clients) socket.terminate()
        if ('closeAllConnections' in http) http.closeAllConnections()
        await stopped
        await refusals.close()
        await signIn.close()
        readiness.close()
        await storage.close()
      })()
      return closing
    },
  }
}
