import { encoding } from 'lib0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openRawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

const MAX_MESSAGE_BYTES = 64 * 1024
let server: ServerProcess
let bystanders: [YjsClient, YjsClient]
let target: CourseAccess

/** A sync frame (type 0) with the given step and payload, as a client would frame it. */
function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, step)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

beforeAll(async () => {
  server = await ServerProcess.start({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } })
  const other = await server.course('other-room')
  target = await server.course('bad-input')
  bystanders = [connectYjsClient(other), connectYjsClient(other)]
  await Promise.all(bystanders.map((c) => c.synced()))
})
afterAll(async () => {
  for (const client of bystanders) client.destroy()
  await server.stop()
})

/** After each bad frame: the server answers and another room still syncs. */
async function expectServerAndOtherRoomHealthy(mark: string) {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  bystanders[0].doc.getMap('meta').set(mark, true)
  await waitFor(`other room syncs ${mark}`, () => bystanders[1].doc.getMap('meta').get(mark) === true)
}

const badFrames: [string, () => Uint8Array | string, number][] = [
  ['random bytes', () => Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256), 1007],
  ['an unknown message type', () => Uint8Array.of(9, 1, 2, 3), 1007],
  ['a truncated sync message', () => Uint8Array.of(0, 0, 200), 1007],
  [
    'a varint longer than 53 bits',
    () => Uint8Array.of(0, 2, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1),
    1007,
  ],
  [
    'a valid header around a corrupt update',
    () => syncFrame(2, Uint8Array.of(5, 255, 255, 255, 255, 15, 3, 9, 9)),
    1007,
  ],
  ['trailing bytes after a message', () => Uint8Array.of(3, 0, 0, 0), 1007],
  ['a text frame', () => 'hello', 1003],
  ['a frame larger than MAX_MESSAGE_BYTES', () => syncFrame(2, new Uint8Array(MAX_MESSAGE_BYTES + 10)), 1009],
]

describe('bad input closes only the socket that sent it', () => {
  for (const [name, frame, code] of badFrames) {
    it(`${name} → close ${code}`, async () => {
      const raw = await openRawSocket(`${target.wsBase}/${target.courseId}?token=${target.token}`)
      const neighbour = connectYjsClient(target)
      await neighbour.synced()
      raw.send(frame())
      const closed = await raw.closed
      expect(closed.code).toBe(code)
      await server.waitForLog(
        (l) => l.docId === target.courseId && (l.code === code || l.msg === 'connection error'),
      )
      // the honest client in the same room is unaffected
      expect(neighbour.provider.wsconnected).toBe(true)
      neighbour.destroy()
      await expectServerAndOtherRoomHealthy(name)
    })
  }

  it('applies nothing a socket sent after its bad frame, even in the same burst', async () => {
    const raw = await openRawSocket(`${target.wsBase}/${target.courseId}?token=${target.token}`)
    const edit = new Y.Doc()
    edit.getMap('meta').set('after-bad-frame', true)
    // Both frames leave in one write, so the server reads them in one go.
    raw.send(Uint8Array.of(9, 1, 2, 3))
    raw.send(syncFrame(2, Y.encodeStateAsUpdate(edit)))
    expect((await raw.closed).code).toBe(1007)
    const fresh = connectYjsClient(target)
    await fresh.synced()
    expect(fresh.doc.getMap('meta').get('after-bad-frame')).toBeUndefined()
    fresh.destroy()
  })

  it('answers a request body that is not JSON with 400, not a server error', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: '{"email": ',
    })
    expect(response.status).toBe(400)
    expect(server.logs.some((l) => l.msg === 'request failed')).toBe(false)
  })

  it('refuses an invalid course id before upgrading', async () => {
    await expect(openRawSocket(`${server.wsUrl}/${'x'.repeat(65)}`)).rejects.toThrow('upgrade refused: 400')
  })

  it('logs the reason of every close, without document content', () => {
    const closes = server.logs.filter((l) => l.msg === 'closing connection')
    expect(closes.length).toBeGreaterThanOrEqual(badFrames.length - 1)
    for (const line of closes) expect(typeof line.reason).toBe('string')
    expect(server.logs.some((l) => l.code === 1009 && String(l.reason).includes('MAX_MESSAGE_BYTES'))).toBe(
      true,
    )
    expect(JSON.stringify(server.logs)).not.toContain('hello')
  })
})
