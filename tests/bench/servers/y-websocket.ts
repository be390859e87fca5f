/**
 * The y-websocket 2.x server as a peer in the benchmarks: the package's own server utilities
 * (`y-websocket/bin/utils`: setupWSConnection, and LevelDB persistence through y-leveldb when
 * YPERSISTENCE names a folder), behind a plain `http` server and `ws`, as its bin/server.cjs does.
 * Env: PORT (0 = any), YPERSISTENCE (optional). Prints JSON lines: `listening` with the port, and
 * `doc loaded` with the milliseconds the persistence binding took to read the document back.
 */

import type { IncomingMessage } from 'node:http'
import http from 'node:http'
import { createRequire } from 'node:module'
import { type WebSocket, WebSocketServer } from 'ws'

interface Persistence {
  provider: { tr: Promise<unknown> }
  bindState(docName: string, doc: unknown): Promise<void>
}
interface Utils {
  setupWSConnection(conn: WebSocket, req: IncomingMessage): void
  getPersistence(): Persistence | null
}

const log = (msg: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level: 'info', msg, ...fields })}\n`)

// console.info from utils ("Persisting documents to ...") would break the JSON log lines.
console.info = () => {}
const utils = createRequire(import.meta.url)('y-websocket/bin/utils') as Utils
const persistence = utils.getPersistence()
if (persistence) {
  const bind = persistence.bindState.bind(persistence)
  persistence.bindState = async (docName, doc) => {
    const started = performance.now()
    await bind(docName, doc)
    log('doc loaded', { docId: docName, ms: performance.now() - started })
  }
}

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' })
  response.end('okay')
})
const wss = new WebSocketServer({ noServer: true })
wss.on('connection', (ws: WebSocket, request: IncomingMessage) => utils.setupWSConnection(ws, request))
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  log('listening', { port: typeof address === 'object' && address ? address.port : 0 })
})

// Stop like an operator would: let LevelDB finish the writes it has queued, then exit.
const stop = async () => {
  for (const ws of wss.clients) ws.terminate()
  server.close()
  if (persistence) {
    let tail: Promise<unknown> | null = null
    while (tail !== persistence.provider.tr) {
      tail = persistence.provider.tr
      await tail
    }
  }
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
