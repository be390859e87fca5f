import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(8787)
    expect(config.host).toBe('127.0.0.1')
    expect(config.publicUrl).toBe('http://127.0.0.1:8787')
    expect(config.tldrawLicenseKey).toBeNull()
    expect(config.logLevel).toBe('info')
    expect(config.demo).toBe(false) // only ./scripts/start.sh asks for the demo course
    expect(config.databaseUrl).toBeNull() // SQLite in DATA_DIR
    expect(config.redisUrl).toBeNull() // one process
  })

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '9000',
      DATA_DIR: '/srv/bordenden',
      PUBLIC_URL: 'https://bordenden.kommune.dk/',
      TLDRAW_LICENSE_KEY: 'key',
      LOG_LEVEL: 'warn',
      BORDENDEN_DEMO: '1',
      DATABASE_URL: 'postgres://bordenden@db.internal:5432/bordenden',
      REDIS_URL: 'redis://cache.internal:6379',
    })
    expect(config).toMatchObject({
      databaseUrl: 'postgres://bordenden@db.internal:5432/bordenden',
      redisUrl: 'redis://cache.internal:6379',
      port: 9000,
      dataDir: '/srv/bordenden',
      publicUrl: 'https://bordenden.kommune.dk',
      tldrawLicenseKey: 'key',
      logLevel: 'warn',
      demo: true,
    })
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'verbose'],
    ['MAX_MESSAGE_BYTES', '-1'],
    ['DATABASE_URL', 'mysql://db/bordenden'],
    ['DATABASE_URL', 'not a url'],
    ['REDIS_URL', 'http://cache:6379'],
    ['METRICS_TOKEN', 'short'],
    ['RETENTION_DAYS', '-1'],
    ['RETENTION_DAYS', 'a year'],
  ])('names the bad variable %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value })).toThrow(name)
  })
})
