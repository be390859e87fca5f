import type { Config } from '../config.ts'
import { errorFields, type Logger } from '../log.ts'
import { PostgresStorage } from './postgres.ts'
import { SqliteStorage } from './sqlite.ts'
import type { Storage } from './storage.ts'

/** The store the configuration asks for: PostgreSQL with DATABASE_URL, else SQLite in DATA_DIR. */
export async function openStorage(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  log?: Logger,
): Promise<Storage> {
  if (!config.databaseUrl) return new SqliteStorage({ dataDir: config.dataDir })
  return PostgresStorage.connect({
    url: config.databaseUrl,
    onIdleError: (error) =>
      log?.warn('database connection lost; reconnecting on next use', errorFields(error)),
  })
}
