import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { PostgresStorage, SqliteStorage, type Storage } from '@bordenden/server'
import pg from 'pg'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { PostgresServer } from './postgres.ts'

/** One of the two storage implementations a contract test runs against. */
export interface Backend {
  name: string
  /** A fresh, empty store; `again` opens a second handle on the same one (another process). */
  fresh(): Promise<{ storage: Storage; again(): Promise<Storage>; sql(statement: string): Promise<void> }>
}

/**
 * The embedded SQLite and a real PostgreSQL, each handing out fresh, empty stores. Call it once at the
 * top of a test file: it starts one PostgreSQL server for the file and closes every store after each test.
 */
export function storageBackends(): { sqlite: Backend; postgresql: Backend } {
  let postgres: PostgresServer
  const cleanup: (() => Promise<void> | void)[] = []
  beforeAll(async () => {
    postgres = await PostgresServer.start()
  }, 60_000)
  afterAll(() => postgres?.stop())
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step()
  })

  const sqlite: Backend = {
    name: 'SQLite',
    async fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-sqlite-'))
      cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
      const open = () => {
        const storage = new SqliteStorage({ dataDir: dir })
        cleanup.push(() => storage.close())
        return storage
      }
      return {
        storage: open(),
        again: async () => open(),
        async sql(statement) {
          const db = new DatabaseSync(path.join(dir, 'bordenden.sqlite'))
          try {
            db.exec(statement)
          } finally {
            db.close()
          }
        },
      }
    },
  }

  const postgresql: Backend = {
    name: 'PostgreSQL',
    async fresh() {
      const url = await postgres.createDatabase()
      const open = async () => {
        const storage = await PostgresStorage.connect({ url })
        cleanup.push(() => storage.close())
        return storage
      }
      return {
        storage: await open(),
        again: open,
        async sql(statement) {
          const client = new pg.Client({ connectionString: url })
          await client.connect()
          try {
            await client.query(statement)
          } finally {
            await client.end()
          }
        },
      }
    },
  }

  return { sqlite, postgresql }
}
