import { closeSync, openSync, readSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Config } from '../config.ts'
import { backupPostgres, restorePostgres } from './postgres-backup.ts'
import { backupSqlite, restoreSqlite } from './sqlite-backup.ts'

export const backupUsage = `  backup --to FILE
      A consistent copy of the whole database while the server runs (SQLite: online backup; PostgreSQL:
      pg_dump custom format). Holds personal data: keep it as carefully as the database.
  restore --from FILE
      Loads a backup into an empty DATA_DIR or an empty DATABASE_URL database; then start the server.
`

/**
 * `backup` and `restore`, run before the admin command opens storage: restoring needs a data folder or
 * database that nothing has created tables in yet.
 */
export const backupCommands: Record<string, (config: Config, args: string[]) => Promise<string>> = {
  async backup(config, args) {
    const to = path.resolve(option(args, 'to'))
    if (config.databaseUrl) await backupPostgres(config.databaseUrl, to)
    else await backupSqlite(config.dataDir, to)
    return `backup written to ${to}`
  },
  async restore(config, args) {
    const from = path.resolve(option(args, 'from'))
    const kind = formatOf(from)
    const target = config.databaseUrl ? 'postgresql' : 'sqlite'
    if (kind !== target)
      throw new Error(`${from} is a ${kind} backup, but the configuration points at ${target}`)
    if (config.databaseUrl) await restorePostgres(from, config.databaseUrl)
    else restoreSqlite(from, config.dataDir)
    return `restored ${from}; start the server to finish (it applies any newer migrations)`
  },
}

function option(args: string[], name: 'to' | 'from'): string {
  const { values } = parseArgs({ args, options: { [name]: { type: 'string' } } })
  const value = values[name]
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} FILE is required`)
  return value
}

/** A backup says what it is in its first bytes: SQLite's file header or pg_dump's `PGDMP`. */
function formatOf(file: string): 'sqlite' | 'postgresql' {
  const head = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite'
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgresql'
  throw new Error(`${file} is not a Bordenden backup`)
}
