import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'

const DATABASE_FILE = 'bordenden.sqlite'
/** More pages than any database has: the copy is taken in one step, under one read snapshot. */
const ALL_PAGES = 2 ** 31 - 1

/**
 * Copies the live database with SQLite's online backup API while the server keeps writing: WAL lets the
 * copy read one consistent snapshot without blocking the writer. The copy goes to a temporary name and is
 * renamed into place, so a half-written backup never looks like a finished one.
 */
export async function backupSqlite(dataDir: string, to: string): Promise<void> {
  const file = path.join(dataDir, DATABASE_FILE)
  if (!existsSync(file)) throw new Error(`no database at ${file}`)
  const partial = `${to}.partial`
  rmSync(partial, { force: true })
  const source = new DatabaseSync(file, { readOnly: true })
  try {
    source.exec('PRAGMA busy_timeout = 5000')
    await backup(source, partial, { rate: ALL_PAGES })
  } finally {
    source.close()
  }
  checkIntegrity(partial)
  chmodSync(partial, 0o600) // it holds everything the server holds
  renameSync(partial, to)
}

/** Puts a backup in place as DATA_DIR's database; refuses a folder that already has one. */
export function restoreSqlite(from: string, dataDir: string): void {
  const file = path.join(dataDir, DATABASE_FILE)
  if (existsSync(file)) throw new Error(`${file} exists: restore only into an empty data folder`)
  checkIntegrity(from)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const partial = `${file}.partial`
  copyFileSync(from, partial)
  chmodSync(partial, 0o600)
  renameSync(partial, file)
}

function checkIntegrity(file: string) {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const row = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }
    if (row.integrity_check !== 'ok') throw new Error(`${file} is damaged: ${row.integrity_check}`)
    const courses = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'courses'").get()
    if (!courses) throw new Error(`${file} is not a Bordenden database`)
  } finally {
    db.close()
  }
}
