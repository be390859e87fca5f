import { CloseCode, encodeUpdate } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  everyOtherDeleted,
  headInserts,
  interleavedChain,
  oneLongItem,
  prependedLetters,
  storedClients,
} from '../support/hostile-updates.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

/**
 * Faults 1 and 2 of issue 14: updates that are valid Yjs but cost the server without bound. Each is sent
 * by an editing link over a raw socket; the server must refuse it before applying it (close code, nothing
 * stored), and every other course and /healthz must keep answering. Timings are in the README, not here.
 */
let server: ServerProcess
let bystanders: [YjsClient, YjsClient]

beforeAll(async () => {
  server = await ServerProcess.start()
  const other = await server.course('bystanders')
  bystanders = [connectYjsClient(other), connectYjsClient(other)]
  await Promise.all(bystanders.map((c) => c.synced()))
})
afterAll(async () => {
  for (const client of bystanders) client.destroy()
  await server.stop()
})

const socketFor = (course: CourseAccess) =>
  openRawSocket(`${course.wsBase}/${course.courseId}?token=${course.token}`)

/** /healthz answers and another course still syncs an edit. */
async function expectOthersServed(mark: string) {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  bystanders[0].doc.getMap('meta').set(mark, true)
  await waitFor(`another course syncs ${mark}`, () => bystanders[1].doc.getMap('meta').get(mark) === true)
}

describe('updates whose merge cost has no bound are refused before they are applied', () => {
  it('refuses the reported fault 1: thousands of one-letter inserts at position 0 (a Y.Text)', async () => {
    const course = await server.course('prepend-text')
    const first = await socketFor(course)
    first.send(encodeUpdate(prependedLetters(101, 8_000)))
    expect((await first.closed).code).toBe(CloseCode.editRefused)
    const second = await socketFor(course)
    second.send(encodeUpdate(prependedLetters(102, 8_000)))
    expect((await second.closed).code).toBe(CloseCode.editRefused)
    expect(storedClients(server.dataDir, course.courseId).has(101)).toBe(false)
    await expectOthersServed('after-prepend')
  })

  it('refuses inserts that Yjs would place by walking a long list, where the model has one (the canvas)', async () => {
    const course = await server.course('head-inserts')
    const setup = await socketFor(course)
    setup.send(encodeUpdate(interleavedChain([201, 202], 3_000)))
    const reader = connectYjsClient(course)
    await reader.synced()
    await waitFor('the list to arrive', () => reader.doc.getArray('canvas').length === 3_000)
    const attacker = await socketFor(course)
    attacker.send(encodeUpdate(headInserts(203, 3_000)))
    expect((await attacker.closed).code).toBe(CloseCode.editRefused)
    await server.waitForLog((l) => l.code === CloseCode.editRefused && l.docId === course.courseId)
    expect(reader.doc.getArray('canvas').length).toBe(3_000)
    const stored = storedClients(server.dataDir, course.courseId)
    expect(stored.has(201)).toBe(true)
    expect(stored.has(203)).toBe(false)
    setup.socket.close()
    reader.destroy()
    await expectOthersServed('after-head-inserts')
  })

  it('closes a connection that keeps sending updates each within the limit for one', async () => {
    const course = await server.course('budget')
    const setup = await socketFor(course)
    setup.send(encodeUpdate(interleavedChain([301, 302], 3_000)))
    const reader = connectYjsClient(course)
    await reader.synced()
    await waitFor('the list to arrive', () => reader.doc.getArray('canvas').length === 3_000)
    // Each may walk ~3,000 items 12 times: affordable once, not as a stream.
    const attacker = await socketFor(course)
    for (let n = 0; n < 40; n++) attacker.send(encodeUpdate(headInserts(400 + n, 12)))
    expect((await attacker.closed).code).toBe(CloseCode.overBudget)
    setup.socket.close()
    reader.destroy()
    await expectOthersServed('after-budget')
  })
})

describe('deletions that cost without bound are refused', () => {
  it('refuses a million deletions of a client that does not exist, and stores none', async () => {
    const course = await server.course('phantom-million')
    const raw = await socketFor(course)
    raw.send(encodeUpdate(everyOtherDeleted(999_999, 1_000_000)))
    expect((await raw.closed).code).toBe(CloseCode.editRefused)
    expect(storedClients(server.dataDir, course.courseId).has(999_999)).toBe(false)
    await expectOthersServed('after-million')
  })

  it('refuses even a few deletions that would wait in the document as pending', async () => {
    const course = await server.course('phantom-few')
    const raw = await socketFor(course)
    raw.send(encodeUpdate(everyOtherDeleted(999_998, 10)))
    expect((await raw.closed).code).toBe(CloseCode.editRefused)
    const honest = connectYjsClient(course)
    await honest.synced()
    honest.doc.getMap('meta').set('after-phantoms', true)
    await waitFor('the honest edit to be stored', () =>
      storedClients(server.dataDir, course.courseId).has(honest.doc.clientID),
    )
    expect(storedClients(server.dataDir, course.courseId).has(999_998)).toBe(false)
    honest.destroy()
  })

  it('refuses deletions that would cut one long item thousands of times', async () => {
    const course = await server.course('splitting-deletions')
    const setup = await socketFor(course)
    setup.send(encodeUpdate(oneLongItem(701, 20_000)))
    const reader = connectYjsClient(course)
    await reader.synced()
    await waitFor('the long item to arrive', () => reader.doc.getArray('canvas').length === 20_000)
    const attacker = await socketFor(course)
    attacker.send(encodeUpdate(everyOtherDeleted(701, 10_000)))
    expect((await attacker.closed).code).toBe(CloseCode.editRefused)
    expect(reader.doc.getArray('canvas').length).toBe(20_000)
    setup.socket.close()
    reader.destroy()
    await expectOthersServed('after-splits')
  })
})

describe('shutdown', () => {
  it('ends on SIGTERM right after an attack', async () => {
    const course = await server.course('sigterm')
    const setup = await socketFor(course)
    setup.send(encodeUpdate(interleavedChain([501, 502], 5_000)))
    await waitFor('the list to be stored', () => storedClients(server.dataDir, course.courseId).has(501))
    const attacker = await socketFor(course)
    attacker.send(encodeUpdate(headInserts(503, 5_000)))
    expect((await attacker.closed).code).toBe(CloseCode.editRefused)
    expect(await server.kill('SIGTERM')).toBe(0)
  })
})
