import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../log.ts'
import { backlogLimits } from './backlog.ts'
import { GatedStorage, note, RecordingPeer, turn } from './room-fixtures.ts'
import { RoomRegistry, type RoomRegistryOptions } from './rooms.ts'

// The write path under a flood (issue 15): bounded batches, rooms taking turns, two batches in flight,
// and reading paused while too much is unwritten.

const quiet = createLogger('error', () => {})
let storage: GatedStorage

async function registry(options: Partial<RoomRegistryOptions>): Promise<RoomRegistry> {
  storage = new GatedStorage()
  const rooms = new RoomRegistry({ storage, log: quiet, compactEvery: 1_000, ...options })
  // Migrating a new document on load is the server's first write: let it through.
  for (const docId of ['flooded', 'quiet']) await rooms.join(docId, new RecordingPeer('system'))
  await turn()
  storage.release()
  await turn()
  storage.appends.length = 0
  return rooms
}

/** Lets every held write through until none is left. */
async function writeEverything() {
  while (storage.writesHeld > 0) {
    storage.release()
    await turn()
    await turn()
  }
}

afterEach(async () => {
  await writeEverything()
  await storage.close()
})

describe('the write path under a flood', () => {
  it('writes bounded batches, gives a quiet room the next one, and stores each room in order', async () => {
    const rooms = await registry({ writeLimits: { batchUpdates: 10, batchBytes: 1 << 20, inFlight: 2 } })
    const anne = new RecordingPeer('user:anne')
    const cai = new RecordingPeer('user:cai')
    const bo = new RecordingPeer('user:bo')
    const flooded = await rooms.join('flooded', anne)
    await rooms.join('flooded', bo)
    const quietRoom = await rooms.join('quiet', cai)
    for (let n = 0; n < 35; n++) flooded.applyUpdate(anne, note(`a${n}`))
    quietRoom.applyUpdate(cai, note('c'))
    await turn()

    // Two batches in flight: the flooded room's first ten, and the quiet room's one beside it.
    expect(storage.appends).toEqual([Array(10).fill('flooded'), ['quiet']])
    await writeEverything()
    expect(storage.appends.map((a) => a.length)).toEqual([10, 1, 10, 10, 5])
    expect(Object.keys(bo.view().toJSON())).toHaveLength(35)
    const stored = await storage.loadDoc('flooded')
    expect(stored.updates.length).toBeGreaterThanOrEqual(35)
  })

  it('stops reading from a socket, then from the whole room, while too much is unwritten', async () => {
    const rooms = await registry({
      backlogLimits: { ...backlogLimits(4), peerUpdates: 2 },
    })
    const anne = new RecordingPeer('user:anne')
    const bo = new RecordingPeer('user:bo')
    const room = await rooms.join('flooded', anne)
    await rooms.join('flooded', bo)

    for (let n = 0; n < 3; n++) room.applyUpdate(anne, note(`a${n}`))
    expect([anne.readingPaused, bo.readingPaused]).toEqual([true, false]) // anne alone is over her share

    room.applyUpdate(bo, note('b0'))
    room.applyUpdate(bo, note('b1'))
    expect([anne.readingPaused, bo.readingPaused]).toEqual([true, true]) // the room is over its limit

    await turn()
    await writeEverything()
    expect([anne.readingPaused, bo.readingPaused]).toEqual([false, false])
  })
})
