import { CloseCode } from '@bordenden/server'
import { decoding } from 'lib0'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../support/api.ts'
import { awarenessFrame } from '../support/hostile-updates.ts'
import { openRawSocket, type RawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'

/**
 * Fault 5 of issue 14: who may publish presence (the names and cursors everyone sees), for which client
 * id, and how much. Each socket asks the server for everyone's presence (query awareness) after what it
 * sent: the server handles one socket's frames in order, so the answer shows whether it was taken.
 */
let server: ServerProcess
let coordinator: ApiClient
let course: CourseAccess

beforeAll(async () => {
  server = await ServerProcess.start()
  coordinator = await server.coordinator()
  course = await server.course('presence')
})
afterAll(() => server.stop())

async function linkToken(body: Record<string, unknown>): Promise<string> {
  const result = await coordinator.request<{ token: string }>(
    'POST',
    `/api/courses/${course.courseId}/links`,
    {
      label: 'presence test',
      ...body,
    },
  )
  expect(result.status).toBe(201)
  return result.body.token
}

const open = (token: string) => openRawSocket(`${course.wsBase}/${course.courseId}?token=${token}`)

/**
 * Everyone's presence as the server holds it now, asked for over `raw`: client id → state. A sync step 1
 * follows the question, so the answer is the last presence frame before the server's sync step 2.
 */
async function presenceSeenBy(raw: RawSocket): Promise<Map<number, { name?: string }>> {
  const before = raw.received.length
  raw.send(Uint8Array.of(3)) // query awareness
  raw.send(Uint8Array.of(0, 0, 1, 0)) // sync step 1 with an empty state vector
  const answered = await waitFor('the sync step 2', () => {
    const at = raw.received.findIndex((f, i) => i >= before && f[0] === 0 && f[1] === 1)
    return at >= 0 ? at + 1 : 0
  })
  const frame = raw.received
    .slice(before, answered - 1)
    .filter((f) => f[0] === 1)
    .at(-1)
  if (!frame) throw new Error('no presence answer')
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder)
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const states = new Map<number, { name?: string }>()
  for (let i = decoding.readVarUint(update); i > 0; i--) {
    const client = decoding.readVarUint(update)
    decoding.readVarUint(update)
    const state = JSON.parse(decoding.readVarString(update))
    if (state !== null) states.set(client, state)
  }
  return states
}

describe('presence rules', () => {
  it('publishes no presence for a viewer link that is not shown', async () => {
    const editor = await open(course.token)
    const hidden = await open(await linkToken({ kind: 'viewer' }))
    hidden.send(awarenessFrame([{ client: 7102, clock: 1, state: { name: 'Skjult seer' } }]))
    await presenceSeenBy(hidden)
    expect((await presenceSeenBy(editor)).has(7102)).toBe(false)
    for (const raw of [editor, hidden]) raw.socket.close()
  })

  it('lets a participant outside its edit window publish only its own presence', async () => {
    const editor = await open(course.token)
    editor.send(awarenessFrame([{ client: 7110, clock: 1, state: { name: 'Kommunens koordinator' } }]))
    await waitFor('the coordinator’s presence', async () => (await presenceSeenBy(editor)).has(7110))
    const day = 24 * 3600_000
    const opensTomorrow = { editFrom: Date.now() + day, editUntil: Date.now() + 2 * day }
    const readOnly = await open(await linkToken({ kind: 'participant', ...opensTomorrow }))
    readOnly.send(awarenessFrame([{ client: 7110, clock: 7, state: { name: 'Overtaget' } }]))
    readOnly.send(awarenessFrame([{ client: 7111, clock: 1, state: { name: 'Deltager' } }]))
    readOnly.send(awarenessFrame([{ client: 7112, clock: 1, state: { name: 'Kommunens koordinator' } }]))
    const seen = await presenceSeenBy(readOnly)
    expect(seen.get(7110)?.name).toBe('Kommunens koordinator')
    expect(seen.get(7111)?.name).toBe('Deltager')
    expect(seen.has(7112)).toBe(false)
    for (const raw of [editor, readOnly]) raw.socket.close()
  })

  it('lets a shown viewer publish its own presence, never another connection’s', async () => {
    const editor = await open(course.token)
    editor.send(awarenessFrame([{ client: 7200, clock: 1, state: { name: 'Kommunens koordinator' } }]))
    await waitFor('the coordinator’s presence', async () => (await presenceSeenBy(editor)).has(7200))
    const viewer = await open(await linkToken({ kind: 'viewer', showPresence: true }))
    viewer.send(awarenessFrame([{ client: 7201, clock: 1, state: { name: 'Seer' } }]))
    viewer.send(awarenessFrame([{ client: 7200, clock: 9, state: { name: 'Falsk koordinator' } }]))
    viewer.send(awarenessFrame([{ client: 7202, clock: 1, state: { name: 'Kommunens koordinator' } }]))
    const seen = await presenceSeenBy(viewer)
    expect(seen.get(7200)?.name).toBe('Kommunens koordinator')
    expect(seen.get(7201)?.name).toBe('Seer')
    expect(seen.has(7202)).toBe(false)
    viewer.socket.close()
    editor.socket.close()
  })

  it('does not let another editor take over a client id that is in use', async () => {
    const owner = await open(course.token)
    owner.send(awarenessFrame([{ client: 7300, clock: 1, state: { name: 'Ejer' } }]))
    await waitFor('the owner’s presence', async () => (await presenceSeenBy(owner)).has(7300))
    const thief = await open(course.token)
    thief.send(awarenessFrame([{ client: 7300, clock: 5, state: { name: 'Tyv' } }]))
    expect((await presenceSeenBy(thief)).get(7300)?.name).toBe('Ejer')
    owner.socket.close()
    thief.socket.close()
  })

  it('releases a connection’s presence when it leaves', async () => {
    const witness = await open(course.token)
    const leaving = await open(course.token)
    leaving.send(awarenessFrame([{ client: 7400, clock: 1, state: { name: 'Går' } }]))
    await waitFor('the presence', async () => (await presenceSeenBy(leaving)).has(7400))
    leaving.socket.close()
    await waitFor('the presence to go', async () => !(await presenceSeenBy(witness)).has(7400))
    witness.socket.close()
  })

  it('closes a connection that sends an oversized state', async () => {
    const raw = await open(course.token)
    raw.send(awarenessFrame([{ client: 7500, clock: 1, state: { name: 'x'.repeat(100_000) } }]))
    expect((await raw.closed).code).toBe(CloseCode.overBudget)
  })

  it('closes a connection that floods presence, and forwards none of the flood beyond its limit', async () => {
    const witness = await open(course.token)
    const flood = await open(course.token)
    for (let clock = 1; clock <= 1_000; clock++) {
      flood.send(
        awarenessFrame([{ client: 7600, clock, state: { name: 'Flod', cursor: { x: clock, y: clock } } }]),
      )
    }
    expect((await flood.closed).code).toBe(CloseCode.overBudget)
    const received = witness.received.filter((f) => f[0] === 1).length
    expect(received).toBeLessThan(200)
    witness.socket.close()
  })
})
