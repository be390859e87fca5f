import { CloseCode, encodeUpdate } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { awarenessFrame, headInserts, interleavedChain } from '../support/hostile-updates.ts'
import { openRawSocket, type RawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient } from '../support/yjs-client.ts'

/**
 * Budgets belong to a link, not to a socket: twenty sockets opened with one link spend one edit budget
 * and one presence budget, so what one socket may not do, twenty may not do either. Each socket alone
 * stays well within the budget a socket of its own would have had.
 */
let server: ServerProcess

beforeAll(async () => {
  server = await ServerProcess.start()
})
afterAll(() => server.stop())

const SOCKETS = 20
const socketsFor = (course: CourseAccess) =>
  Promise.all(
    Array.from({ length: SOCKETS }, () =>
      openRawSocket(`${course.wsBase}/${course.courseId}?token=${course.token}`),
    ),
  )

/** The close codes of the sockets that have closed so far. */
function closedCodes(sockets: RawSocket[]): number[] {
  const codes: number[] = []
  for (const raw of sockets) void raw.closed.then(({ code }) => codes.push(code))
  return codes
}

describe('budgets shared by every socket of one link', () => {
  it('closes sockets of a link whose edits, spread over 20 sockets, cost more than one budget', async () => {
    const course = await server.course('link-edit-budget')
    const setup = await openRawSocket(`${course.wsBase}/${course.courseId}?token=${course.token}`)
    setup.send(encodeUpdate(interleavedChain([501, 502], 3_000)))
    const reader = connectYjsClient(course)
    await reader.synced()
    await waitFor('the list to arrive', () => reader.doc.getArray('canvas').length === 3_000)
    setup.socket.close()
    // Each update may walk ~3,000 items 12 times (~36,000 steps); three per socket are ~108,000 steps,
    // a quarter of one socket's budget, but sixty together are five budgets.
    const sockets = await socketsFor(course)
    const codes = closedCodes(sockets)
    sockets.forEach((raw, s) => {
      for (let n = 0; n < 3; n++) raw.send(encodeUpdate(headInserts(600 + s * 3 + n, 12)))
    })
    await waitFor('a socket of the link to be closed over budget', () => codes.includes(CloseCode.overBudget))
    expect(codes.every((code) => code === CloseCode.overBudget)).toBe(true)
    for (const raw of sockets) raw.socket.close()
    reader.destroy()
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it("closes sockets of a link whose presence, spread over 20 sockets, is more than one socket's rate", async () => {
    const course = await server.course('link-presence-budget')
    // Ten presence messages per socket, each for the socket's own client id: a sixth of what one socket
    // may send at once, but 200 together, where the link may send 60 at once and 20 a second.
    const sockets = await socketsFor(course)
    const codes = closedCodes(sockets)
    sockets.forEach((raw, s) => {
      for (let clock = 1; clock <= 10; clock++) {
        raw.send(awarenessFrame([{ client: 700 + s, clock, state: { name: `Deltager ${s}` } }]))
      }
    })
    await waitFor('a socket of the link to be closed over budget', () => codes.includes(CloseCode.overBudget))
    expect(codes.every((code) => code === CloseCode.overBudget)).toBe(true)
    for (const raw of sockets) raw.socket.close()
  })
})
