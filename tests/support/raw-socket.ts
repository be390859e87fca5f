import { WebSocket } from 'ws'

/** A bare websocket that sends exactly the bytes a test gives it, to probe the server's edges. */
export interface RawSocket {
  socket: WebSocket
  received: Uint8Array[]
  closed: Promise<{ code: number; reason: string }>
  send(data: Uint8Array | string): void
}

/** `headers` carries e.g. a session cookie, as a browser would send it with the upgrade. */
export async function openRawSocket(url: string, headers: Record<string, string> = {}): Promise<RawSocket> {
  const socket = new WebSocket(url, { headers })
  const received: Uint8Array[] = []
  socket.on('message', (data) => received.push(new Uint8Array(data as Buffer)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  socket.on('error', () => {}) // a refused or reset socket shows up as `closed`
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)))
  })
  return { socket, received, closed, send: (data) => socket.send(data) }
}
