import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'

export interface RawWebSocketEvents {
  open(): void
  message(payload: Buffer): void
  /** The upgrade was refused, the socket failed, or the server closed it (with the close code). */
  failed(reason: string): void
}

/**
 * A minimal RFC 6455 client for the load generator: binary frames only, no extensions. Frames from the
 * server are parsed straight out of each TCP chunk (no copies, no events per frame), so a load
 * generator can keep thousands of busy sockets without becoming the bottleneck. Frames to the
 * server are masked, as the RFC requires, with a fixed zero key: every server accepts it and the
 * payload is copied once.
 */
export class RawWebSocket {
  private readonly socket: Socket
  private readonly on: RawWebSocketEvents
  private upgraded = false
  private rest: Buffer | null = null
  private fragments: Buffer[] = []
  private done = false

  constructor(url: string, on: RawWebSocketEvents) {
    this.on = on
    const u = new URL(url)
    const key = randomBytes(16).toString('base64')
    this.socket = connect({ host: u.hostname, port: Number(u.port), noDelay: true })
    this.socket.on('connect', () => {
      this.socket.write(
        `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      )
    })
    this.socket.on('data', (chunk: Buffer) => this.data(chunk))
    this.socket.on('error', (error) => this.fail(`socket error: ${error.message}`))
    this.socket.on('close', () => this.fail('connection closed'))
  }

  get open(): boolean {
    return this.upgraded && !this.done
  }

  get bufferedAmount(): number {
    return this.socket.writableLength
  }

  send(payload: Uint8Array) {
    if (!this.open) return
    const n = payload.length
    const head = n < 126 ? 6 : n < 65536 ? 8 : 14
    const frame = Buffer.allocUnsafe(head + n)
    frame[0] = 0x82 // FIN, binary
    if (n < 126) {
      frame[1] = 0x80 | n
    } else if (n < 65536) {
      frame[1] = 0x80 | 126
      frame.writeUInt16BE(n, 2)
    } else {
      frame[1] = 0x80 | 127
      frame.writeUInt32BE(0, 2)
      frame.writeUInt32BE(n, 6)
    }
    frame.writeUInt32BE(0, head - 4) // the mask key
    frame.set(payload, head)
    this.socket.write(frame)
  }

  close() {
    this.done = true
    this.socket.destroy()
  }

  private fail(reason: string) {
    if (this.done) return
    this.done = true
    this.socket.destroy()
    this.on.failed(reason)
  }

  private data(chunk: Buffer) {
    let buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk
    this.rest = null
    if (!this.upgraded) {
      const end = buf.indexOf('\r\n\r\n')
      if (end < 0) {
        this.rest = buf
        return
      }
      const status = buf.toString('latin1', 0, buf.indexOf('\r\n'))
      if (!/^HTTP\/1\.1 101/.test(status)) return this.fail(`upgrade refused: ${status.slice(9, 12)}`)
      this.upgraded = true
      buf = buf.subarray(end + 4)
      this.on.open()
    }
    let at = 0
    while (!this.done && buf.length - at >= 2) {
      const b0 = buf[at] as number
      const b1 = buf[at + 1] as number
      let length = b1 & 0x7f
      let head = 2
      if (length === 126) {
        if (buf.length - at < 4) break
        length = buf.readUInt16BE(at + 2)
        head = 4
      } else if (length === 127) {
        if (buf.length - at < 10) break
        length = buf.readUInt32BE(at + 2) * 2 ** 32 + buf.readUInt32BE(at + 6)
        head = 10
      }
      const masked = (b1 & 0x80) !== 0
      if (masked) head += 4
      if (buf.length - at < head + length) break
      let payload = buf.subarray(at + head, at + head + length)
      if (masked) {
        const mask = buf.subarray(at + head - 4, at + head)
        payload = Buffer.from(payload)
        for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] as number) ^ (mask[i & 3] as number)
      }
      at += head + length
      const opcode = b0 & 0x0f
      const fin = (b0 & 0x80) !== 0
      if (opcode === 0x2 || opcode === 0x0) {
        if (fin && this.fragments.length === 0) this.on.message(payload)
        else {
          this.fragments.push(Buffer.from(payload))
          if (fin) this.on.message(Buffer.concat(this.fragments.splice(0)))
        }
      } else if (opcode === 0x8) {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005
        return this.fail(`closed by server: ${code}`)
      } else if (opcode === 0x9) {
        this.pong(payload)
      }
    }
    if (at < buf.length) this.rest = Buffer.from(buf.subarray(at))
  }

  private pong(payload: Buffer) {
    const frame = Buffer.alloc(6 + payload.length)
    frame[0] = 0x8a
    frame[1] = 0x80 | payload.length
    frame.set(payload, 6)
    this.socket.write(frame)
  }
}
