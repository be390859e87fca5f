import { execFile } from 'node:child_process'
import { chmodSync, renameSync, rmSync } from 'node:fs'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/**
 * `pg_dump` in its custom format: one consistent snapshot (a repeatable-read transaction) taken while
 * the servers keep writing, compressed, restorable with `pg_restore`. The connection string goes in the
 * environment, not the command line, so its password does not show in the process list.
 */
export async function backupPostgres(databaseUrl: string, to: string): Promise<void> {
  const partial = `${to}.partial`
  rmSync(partial, { force: true })
  await pgTool(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`],
    databaseUrl,
  )
  chmodSync(partial, 0o600)
  renameSync(partial, to)
}

/** Loads a dump into an empty database (created by the operator); refuses one that has tables. */
export async function restorePostgres(from: string, databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public'",
    )
    if (rows[0].tables > 0) throw new Error('the database has tables: restore only into an empty database')
  } finally {
    await client.end()
  }
  await pgTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${libpqEnvironment(databaseUrl).PGDATABASE}`,
      from,
    ],
    databaseUrl,
  )
}

/** Runs a PostgreSQL client tool, with its error output in the error (it names no password). */
async function pgTool(tool: string, args: string[], databaseUrl: string) {
  try {
    await run(tool, args, { env: { ...process.env, ...libpqEnvironment(databaseUrl) } })
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string }
    if (failure.code === 'ENOENT')
      throw new Error(`${tool} is not installed (Debian: apt-get install postgresql-client)`)
    throw new Error(`${tool} failed: ${failure.stderr?.trim() || failure.message}`)
  }
}

/** DATABASE_URL as libpq's variables, so no password appears on a command line. */
function libpqEnvironment(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl)
  const env: Record<string, string> = { PGDATABASE: decodeURIComponent(url.pathname.slice(1)) }
  if (url.hostname) env.PGHOST = decodeURIComponent(url.hostname)
  if (url.port) env.PGPORT = url.port
  if (url.username) env.PGUSER = decodeURIComponent(url.username)
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password)
  const sslmode = url.searchParams.get('sslmode')
  if (sslmode) env.PGSSLMODE = sslmode
  return env
}
