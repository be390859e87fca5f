/**
 * Hocuspocus as a peer in the benchmarks: `@hocuspocus/server` with its SQLite extension, everything
 * else at its defaults (store debounce 2 s / max 10 s, broadcast coalescing per event-loop turn).
 * Env: PORT (0 = any), DATA_DIR, STORE_DEBOUNCE_MS (0: store the document on every change, the
 * nearest Hocuspocus comes to Bordenden's durability; it still broadcasts first). Prints JSON lines like Bordenden: `listening` with the port, and
 * `doc loaded` with the milliseconds from the first load hook to the last (the server's load time).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const log = (msg: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level: 'info', msg, ...fields })}\n`)

const dataDir = process.env.DATA_DIR ?? fail('DATA_DIR is required')
mkdirSync(dataDir, { recursive: true })
const loadStarted = new Map<string, number>()
const debounce =
  process.env.STORE_DEBOUNCE_MS === undefined ? {} : { debounce: Number(process.env.STORE_DEBOUNCE_MS) }

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: '127.0.0.1',
  quiet: true,
  ...debounce,
  extensions: [
    {
      // Runs before the SQLite extension's own onLoadDocument (higher priority first).
      priority: 1000,
      async onLoadDocument({ documentName }: { documentName: string }) {
        loadStarted.set(documentName, performance.now())
      },
    },
    new SQLite({ database: path.join(dataDir, 'hocuspocus.sqlite') }),
  ],
  async afterLoadDocument({ documentName }) {
    const started = loadStarted.get(documentName)
    loadStarted.delete(documentName)
    if (started !== undefined) log('doc loaded', { docId: documentName, ms: performance.now() - started })
  },
})

await server.listen()
log('listening', { port: server.address.port })

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}
