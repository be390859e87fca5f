import { ConfigError, loadConfig } from './config.ts'
import { ensureDemoCourse } from './demo.ts'
import { createLogger, errorFields } from './log.ts'
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
const log = createLogger(config.logLevel)
const server = await startServer(config, { log })
const publicUrl = config.port === 0 ? config.publicUrl.replace(/:0$/, `:${server.port}`) : config.publicUrl
log.info('listening', { port: server.port, host: config.host, dataDir: config.dataDir })

if (config.demo) {
  const created = await ensureDemoCourse(server.storage)
  if (created) log.info('demo course created', { courseId: created })
  const courses = await server.storage.listCourses()
  process.stderr.write(`\nBordenden kører på ${publicUrl}\n`)
  for (const course of courses) process.stderr.write(`  ${course.title}: ${publicUrl}/board/${course.id}\n`)
  process.stderr.write('\n')
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
