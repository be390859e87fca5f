import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../log.ts'
import { CloseCode } from './peer.ts'
import type { Room } from './room.ts'
import { GatedStorage, note, RecordingPeer, turn } from './room-fixtures.ts'
import { RoomRegistry } from './rooms.ts'

// The room's durability rule, seen from its peers, with real (in-memory) SQLite behind a gate that
// holds each write until the test lets it through: nobody sees an update before storage has it, a write
// that fails is never shown, and a newcomer is not kept waiting by other people's typing.

const quiet = createLogger('error', () => {})
let storage: GatedStorage
let rooms: RoomRegistry

async function openRoom(): Promise<{ room: Room; anne: RecordingPeer; bo: RecordingPeer }> {
  storage = new GatedStorage()
  rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000 })
  const anne = new RecordingPeer('user:anne')
  const bo = new RecordingPeer('user:bo')
  const room = await rooms.join('course-1', anne)
  await rooms.join('course-1', bo)
  // Migrating the new document on load is the server's first write: let it through.
  await turn()
  storage.release()
  await turn()
  return { room, anne, bo }
}

afterEach(async () => {
  storage.release()
  await turn()
  await storage.close()
})

describe('a room and its storage', () => {
  it('shows an update to the others only once storage has it', async () => {
    const { room, anne, bo } = await openRoom()
    room.applyUpdate(anne, note('a'))
    await turn()
    expect(storage.writesHeld).toBe(1)
    expect(bo.view().get('a')).toBeUndefined()

    storage.release()
    await turn()
    await turn()
    expect(bo.view().get('a')).toBe('note a')
    expect((await storage.loadDoc('course-1')).updates.length).toBeGreaterThan(0)
  })

  it('never shows an update whose write failed, and closes the room’s sockets so clients resend', async () => {
    const { room, anne, bo } = await openRoom()
    room.applyUpdate(anne, note('lost'))
    await turn()
    storage.fail()
    await turn()
    await turn()
    expect(bo.view().get('lost')).toBeUndefined()
    expect([anne.closedWith, bo.closedWith]).toEqual([CloseCode.internal, CloseCode.internal])
  })

  it('answers a newcomer once what came before it is stored, however much is typed after', async () => {
    const { room, anne } = await openRoom()
    room.applyUpdate(anne, note('before'))
    await turn() // its write is now held

    const newcomer = new RecordingPeer('user:cai')
    await rooms.join('course-1', newcomer)
    room.answerSyncStep1(newcomer, new Uint8Array([0]))
    room.applyUpdate(anne, note('after'))
    expect(newcomer.syncAnswers()).toBe(0)

    storage.release() // the write holding 'before'; 'after' waits for the next batch
    await turn()
    await turn()
    expect(newcomer.syncAnswers()).toBe(1)
    expect(newcomer.view().toJSON()).toMatchObject({ before: 'note before' })
    expect(newcomer.view().get('after')).toBeUndefined()

    storage.release()
    await turn()
    await turn()
    expect(newcomer.view().get('after')).toBe('note after')
  })

  it('answers at once when nothing is waiting to be stored', async () => {
    const { room, anne } = await openRoom()
    room.answerSyncStep1(anne, Y.encodeStateVector(new Y.Doc()))
    expect(anne.syncAnswers()).toBe(1)
  })

  it('loads a document once for many first connections arriving while it loads', async () => {
    storage = new GatedStorage()
    storage.loadDelayMs = 50
    rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000 })
    const peers = Array.from({ length: 5 }, (_, i) => new RecordingPeer(`user:${i}`))
    const joined = await Promise.all(peers.map((peer) => rooms.join('course-2', peer)))
    expect(storage.loads).toBe(1)
    expect(new Set(joined).size).toBe(1)
    expect(joined[0]?.peers.size).toBe(5)
  })
})
