import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import { encoding } from 'lib0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openRawSocket, type RawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { canvasEntry, connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

// Abuse from many sockets at once, and a client that stops reading, against one real server process.
const MAX_MESSAGE_BYTES = 64 * 1024
const FRAMES = 10_000
const FRAMES_PER_SOCKET = 10
const SOCKETS_AT_ONCE = 25
/**
 * Close codes for bad input: unsupported (text), invalid (bad bytes), too large, an update the model
 * refuses (4005), more than a connection may send (4006).
 */
const BAD_INPUT_CODES = [1003, 1007, 1009, 4005, 4006]

let server: ServerProcess
let bystanders: [YjsClient, YjsClient]

beforeAll(async () => {
  // A small heap: memory that a hostile frame leaves behind, or a huge allocation it provokes, ends
  // the process instead of hiding in a large heap.
  server = await ServerProcess.start({
    // No grace period: the abused room must leave memory as soon as its sockets are gone.
    env: {
      MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES),
      NODE_OPTIONS: '--max-old-space-size=96',
      ROOM_GRACE_MS: '0',
    },
  })
  const calm = await server.course('calm')
  bystanders = [connectYjsClient(calm), connectYjsClient(calm)]
  await Promise.all(bystanders.map((c) => c.synced()))
})
afterAll(async () => {
  for (const client of bystanders ?? []) client.destroy()
  await server?.stop()
})

/** Resident memory of the server process, from the kernel. */
function serverRssBytes(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024
}

/** Another room keeps syncing between two honest clients. */
async function expectOtherRoomSyncs(mark: string) {
  bystanders[0].doc.getMap('meta').set(mark, true)
  await waitFor(`other room syncs ${mark}`, () => bystanders[1].doc.getMap('meta').get(mark) === true)
}

/** A small deterministic generator, so a failing run can be replayed with its seed. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(256))
  return { int, bytes }
}
type Random = ReturnType<typeof random>

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** Real Yjs updates to mutate, so bodies look plausible to the decoder for longer. */
function realUpdate(r: Random): Uint8Array {
  const doc = new Y.Doc()
  const map = doc.getMap('meta')
  for (let i = 0; i < 1 + r.int(8); i++)
    map.set(`k${r.int(50)}`, r.int(2) ? r.int(1000) : 'tekst'.repeat(r.int(20)))
  doc.getArray('canvas').push([canvasEntry('a'), canvasEntry('b')])
  return Y.encodeStateAsUpdate(doc)
}

const syncFrame = (step: number, body: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, step)
    encoding.writeVarUint8Array(e, body)
  })

/** One hostile frame: random, valid header with a corrupt body, huge varint, truncated or mutated update. */
function hostileFrame(r: Random): Uint8Array | string {
  switch (r.int(9)) {
    case 0:
      return r.bytes(1 + r.int(300))
    case 1: // a valid sync header around random bytes
      return syncFrame(r.int(3), r.bytes(r.int(200)))
    case 2: // varints of up to 10 bytes where lengths and types are read
      return Uint8Array.of(
        r.int(2),
        ...Array.from({ length: 6 + r.int(5) }, () => 0xff),
        1,
        ...r.bytes(r.int(20)),
      )
    case 3: {
      const update = realUpdate(r)
      return syncFrame(2, update.subarray(0, r.int(update.length))) // truncated update, honest length
    }
    case 4: {
      const whole = syncFrame(2, realUpdate(r))
      return whole.subarray(0, 1 + r.int(whole.length - 1)) // truncated frame, length now lies
    }
    case 5: {
      const mutated = syncFrame(r.int(3), realUpdate(r)).slice()
      for (let i = 0; i < 1 + r.int(4); i++) mutated[r.int(mutated.length)] = r.int(256)
      return mutated
    }
    case 6: // an awareness message whose state is not JSON
      return frame((e) => {
        encoding.writeVarUint(e, 1)
        encoding.writeVarUint8Array(
          e,
          frame((a) => {
            encoding.writeVarUint(a, 1)
            encoding.writeVarUint(a, r.int(1 << 30))
            encoding.writeVarUint(a, 1 + r.int(100))
            encoding.writeVarString(a, `{"user":${String.fromCharCode(...r.bytes(10))}`)
          }),
        )
      })
    case 7:
      return r.int(20) === 0 ? syncFrame(2, new Uint8Array(MAX_MESSAGE_BYTES + 1)) : 'tekst'
    default: // a valid message followed by trailing bytes
      return Uint8Array.of(3, ...r.bytes(1 + r.int(8)))
  }
}

/** Sends frames in one burst, then one that is certainly bad; resolves with what the server did. */
async function abuse(target: CourseAccess, r: Random) {
  const raw = await openRawSocket(`${target.wsBase}/${target.courseId}?token=${target.token}`)
  let sent = 0
  for (let i = 0; i < FRAMES_PER_SOCKET && raw.socket.readyState === raw.socket.OPEN; i++) {
    raw.send(hostileFrame(r))
    sent++
  }
  if (raw.socket.readyState === raw.socket.OPEN) raw.send(Uint8Array.of(9, 9, 9)) // unknown message type
  const timeout = new Promise<{ code: number }>((resolve) => setTimeout(() => resolve({ code: -1 }), 10_000))
  const { code } = await Promise.race([raw.closed, timeout])
  return { sent, code }
}

describe('hostile and slow clients', () => {
  it(`survives ${FRAMES} random and mutated frames from many sockets`, async () => {
    const target = await server.course('fuzz')
    await expectOtherRoomSyncs('before')
    const r = random(0xb0d)
    let sent = 0
    const codes = new Map<number, number>()
    /** Half the frames; the second half shows whether memory keeps growing or has levelled off. */
    const round = async (frames: number) => {
      while (sent < frames) {
        const wave = await Promise.all(Array.from({ length: SOCKETS_AT_ONCE }, () => abuse(target, r)))
        for (const socket of wave) {
          sent += socket.sent
          codes.set(socket.code, (codes.get(socket.code) ?? 0) + 1)
        }
        await expectOtherRoomSyncs(`after ${sent} frames`)
      }
      // The abused room leaves memory once its last socket is gone.
      // (Its latest "room unloaded" line must follow its latest "room loaded": earlier waves unloaded it too.)
      await waitFor('the abused room to leave memory', () => {
        const lines = server.logs.filter(
          (l) => l.docId === target.courseId && /^room (un)?loaded$/.test(l.msg),
        )
        return lines.at(-1)?.msg === 'room unloaded'
      })
      return serverRssBytes()
    }
    const baseline = serverRssBytes()
    const afterFirst = await round(FRAMES / 2)
    const afterSecond = await round(FRAMES)

    const sockets = [...codes.values()].reduce((a, b) => a + b, 0)
    // Every hostile socket was closed by the server with a code that names the problem.
    for (const code of codes.keys()) expect(BAD_INPUT_CODES).toContain(code)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    expect(afterSecond - afterFirst).toBeLessThan(32 * 1024 * 1024) // levelled off: nothing retained per frame
    expect(afterSecond - baseline).toBeLessThan(96 * 1024 * 1024)
    console.info(
      `[reliability] fuzz: ${sent} frames from ${sockets} sockets, closes ${JSON.stringify(Object.fromEntries(codes))}; server RSS ${mb(baseline)} MB before, ${mb(afterFirst)} MB after half, ${mb(afterSecond)} MB after all`,
    )
  }, 120_000)

  it('disconnects a client that stops reading (1013) instead of buffering for it', async () => {
    const room = await server.course('slow')
    const writer = connectYjsClient(room)
    const reader = connectYjsClient(room)
    await Promise.all([writer.synced(), reader.synced()])
    const stalled: RawSocket = await openRawSocket(`${room.wsBase}/${room.courseId}?token=${room.token}`)
    let receivedBytes = 0
    stalled.socket.on('message', (data: Buffer) => {
      receivedBytes += data.length
    })
    // Stop reading from the TCP socket: the kernel buffers fill, then the server's send buffer grows.
    const tcp = (stalled.socket as unknown as { _socket: Socket })._socket
    tcp.pause()
    const baseline = serverRssBytes()
    const UPDATES = 600
    const BLOB = 48 * 1024
    let sentBytes = 0
    let peak = baseline
    for (let n = 0; n < UPDATES; n++) {
      // Random text: permessage-deflate is negotiated, and a repetitive value would cross the paused
      // socket's kernel buffers at a hundredth of its size, so what reached the client would say nothing
      // about what the server held for it (base64 of random bytes deflates to no less than 3/4).
      writer.doc.getMap('meta').set('blob', `${n}:${randomBytes((BLOB * 3) / 4).toString('base64')}`) // one value, overwritten
      sentBytes += BLOB
      if (n % 50 === 49) {
        await waitFor('reader to keep up', () =>
          String(reader.doc.getMap('meta').get('blob')).startsWith(`${n}:`),
        )
        peak = Math.max(peak, serverRssBytes())
      }
    }
    const closed = await server.waitForLog(
      (l) => l.msg === 'closing connection' && l.code === 1013 && l.docId === room.courseId,
    )
    expect(closed.reason).toBe('client is not reading')
    // Only the socket that stopped reading: the writer and the reader kept up and stay connected (frames
    // waiting for compression are not unread bytes).
    const closes = server.logs.filter((l) => l.msg === 'closing connection' && l.docId === room.courseId)
    expect(closes).toEqual([closed])
    tcp.resume()
    const { code } = await stalled.closed
    // It got at most what the kernel and the server's small buffer held, not everything that was sent.
    expect(receivedBytes).toBeLessThan(sentBytes / 2)
    expect(peak - baseline).toBeLessThan(96 * 1024 * 1024)
    console.info(
      `[reliability] slow consumer: ${mb(sentBytes)} MB sent to its room, ${mb(receivedBytes)} MB reached it before close ${code} (server log 1013); server RSS ${mb(baseline)} → peak ${mb(peak)} MB`,
    )
    writer.destroy()
    reader.destroy()
  }, 60_000)
})

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
