export { CloseCode } from '@bordenden/contract'
export { type AppType, createApp } from './app.ts'
export type { AuthorizeConnection, ConnectionGrant, UpgradeRequest } from './auth/connection-grant.ts'
export { shiftClock } from './clock.ts'
export type { Config } from './config.ts'
export { loadConfig } from './config.ts'
export type { Logger, LogLevel } from './log.ts'
export { createLogger } from './log.ts'
export type { RunningServer, StartOptions } from './server.ts'
export { startServer } from './server.ts'
export { openStorage } from './storage/open-storage.ts'
export { PostgresStorage } from './storage/postgres.ts'
export { postgresMigrations } from './storage/postgres-migrations.ts'
export { SqliteStorage } from './storage/sqlite.ts'
export { sqliteMigrations } from './storage/sqlite-migrations.ts'
export type { CourseRow, DocUpdate, Storage, StoredDoc } from './storage/storage.ts'
export type { ConnectionRole } from './sync/peer.ts'
export {
  decodeMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeUpdate,
  MessageType,
} from './sync/protocol.ts'
