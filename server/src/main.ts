import { shiftClock } from './clock.ts'
import { ConfigError, loadConfig } from './config.ts'
import { demoCourseIds, ensureDemo } from './demo.ts'
import { createLogger, errorFields } from './log.ts'
import { serverVersion } from './ops/version.ts'
import { startServer } from './server.ts'

// The process entry point: configuration from the environment, signals, and the demo course.
let config: ReturnType<typeof loadConfig>
try {
  config = loadConfig()
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`bordenden: ${error.message}\n`)
    process.exit(2)
  }
  throw error
}
if (config.clockOffsetMs) shiftClock(config.clockOffsetMs)
const log = createLogger(config.logLevel)
const server = await startServer(config, { log })
const publicUrl = config.port === 0 ? config.publicUrl.replace(/:0$/, `:${server.port}`) : config.publicUrl

if (config.demo) {
  const created = await ensureDemo(server.storage, config.dataDir)
  if (created) log.info('demo course created', { courseId: created.courseId })
  // Course titles name citizens: the message gives addresses only.
  const lines = [`Bordenden kører på ${publicUrl}`, `  Log ind: ${publicUrl}/`]
  for (const id of await demoCourseIds(server.storage))
    lines.push(`  Demo-forløbets tavle: ${publicUrl}/board/${id}`)
  // The password is in that file (mode 0600) only: stdout and stderr end up in logs.
  lines.push(`  Demo-login: se ${config.dataDir}/demo-login.txt`)
  process.stderr.write(`\n${lines.join('\n')}\n\n`)
}

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  log.info('shutting down', { signal })
  const forced = setTimeout(() => {
    log.error('shutdown timed out; exiting')
    process.exit(1)
  }, 10_000)
  forced.unref()
  try {
    await server.close()
    log.info('stopped')
    process.exit(0)
  } catch (error) {
    log.error('shutdown failed', errorFields(error))
    process.exit(1)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))

// Logged last, so whoever waits for it (tests, supervisors) finds the demo course in place, and a
// SIGTERM sent as soon as it appears finds the handler that shuts down cleanly.
log.info('listening', {
  version: serverVersion,
  port: server.port,
  host: config.host,
  storage: config.databaseUrl ? 'postgresql' : 'sqlite',
  relay: config.redisUrl ? 'redis' : 'none',
  dataDir: config.dataDir,
})
