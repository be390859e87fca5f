import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../log.ts'
import { decodeMessage } from './protocol.ts'
import type { Room } from './room.ts'
import { GatedStorage, note, RecordingPeer, turn } from './room-fixtures.ts'
import { RoomRegistry } from './rooms.ts'

// An edit applied as the client sent it (Room.applyUpdate with `asSent`) is stored and broadcast as it
// came, without Yjs encoding it again; what Yjs would have dropped or added is still handled as before.

const quiet = createLogger('error', () => {})
let storage: GatedStorage

async function openRoom(): Promise<{ room: Room; anne: RecordingPeer; bo: RecordingPeer }> {
  storage = new GatedStorage()
  const rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000 })
  const anne = new RecordingPeer('user:anne')
  const bo = new RecordingPeer('user:bo')
  const room = await rooms.join('course-1', anne)
  await rooms.join('course-1', bo)
  await settle()
  return { room, anne, bo }
}

/** Lets every write through until none is waiting. */
async function settle() {
  for (let i = 0; i < 4; i++) {
    await turn()
    storage.release()
    await turn()
  }
}

/** The stored updates of the course, in order. */
const stored = async () => (await storage.loadDoc('course-1')).updates

/** The updates a peer was sent as broadcasts. */
const broadcasts = (peer: RecordingPeer) =>
  peer.frames.map(decodeMessage).flatMap((m) => (m.kind === 'update' ? [m.update] : []))

afterEach(async () => {
  storage.release()
  await turn()
  await storage.close()
})

describe('an edit applied as sent', () => {
  it('is stored and shown to the others byte for byte as it came', async () => {
    const { room, anne, bo } = await openRoom()
    const before = (await stored()).length
    const edit = note('a')
    room.applyUpdate(anne, edit, true)
    await settle()
    const after = await stored()
    expect(after.length).toBe(before + 1)
    expect(after.at(-1)).toEqual(edit)
    expect(broadcasts(bo).at(-1)).toEqual(edit)
    expect(bo.view().get('a')).toBe('note a')
  })

  it('adds nothing when it brings nothing new', async () => {
    const { room, anne } = await openRoom()
    const edit = note('a')
    room.applyUpdate(anne, edit, true)
    await settle()
    const count = (await stored()).length
    room.applyUpdate(anne, edit, true)
    await settle()
    expect((await stored()).length).toBe(count)
  })

  it('stores what an observer changed in reaction to it, too', async () => {
    const { room, anne, bo } = await openRoom()
    const notes = room.doc.getMap('notes')
    notes.observe((event) => {
      if (event.keysChanged.has('a')) room.doc.transact(() => notes.set('seen', 'yes'), 'server')
    })
    room.applyUpdate(anne, note('a'), true)
    await settle()
    const reloaded = new Y.Doc()
    for (const update of await stored()) Y.applyUpdate(reloaded, update)
    expect(reloaded.getMap('notes').toJSON()).toMatchObject({ a: 'note a', seen: 'yes' })
    expect(bo.view().toJSON()).toMatchObject({ a: 'note a', seen: 'yes' })
  })
})

describe('a sync answer', () => {
  it('is stored as what was new, not with the client’s whole delete set', async () => {
    const { room, anne } = await openRoom()
    // Anne's document: many values written and overwritten, all of which the room already has.
    const client = new Y.Doc()
    const notes = client.getMap('notes')
    for (let i = 0; i < 200; i++) notes.set('k', `value ${i}`)
    room.applyUpdate(anne, Y.encodeStateAsUpdate(client), true)
    await settle()
    const known = Y.encodeStateVector(client)
    notes.set('new', 'one more')
    // Her answer to the room's step 1 would be the same with any state vector: the whole delete set.
    const answer = Y.encodeStateAsUpdate(client, known)
    room.applyUpdate(anne, answer)
    await settle()
    const last = (await stored()).at(-1) as Uint8Array
    expect(last.byteLength).toBeLessThan(answer.byteLength)
    const reloaded = new Y.Doc()
    for (const update of await stored()) Y.applyUpdate(reloaded, update)
    expect(reloaded.getMap('notes').toJSON()).toEqual({ k: 'value 199', new: 'one more' })
  })
})
