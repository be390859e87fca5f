import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../log.ts'
import { createMetrics } from '../ops/metrics.ts'
import { SqliteStorage } from '../storage/sqlite.ts'
import { RoomRegistry } from './rooms.ts'

// Everything a server keeps while it runs belongs to that server: two started in one process (as the
// tests do) share no queue, counter or id.

const started: RoomRegistry[] = []
afterEach(async () => {
  for (const rooms of started.splice(0)) await rooms.closeAll(1012, 'test over')
})

function server(lines: string[], storage = new SqliteStorage({ dataDir: ':memory:' })) {
  const rooms = new RoomRegistry({
    storage,
    log: createLogger('error', (line) => lines.push(line)),
    compactEvery: 1_000,
  })
  started.push(rooms)
  return rooms
}

describe('two servers in one process', () => {
  it('number their connections each from one', () => {
    const [a, b] = [server([]), server([])]
    expect([a.nextPeerId(), a.nextPeerId(), b.nextPeerId(), a.nextPeerId()]).toEqual([1, 2, 1, 3])
  })

  it('count their own sync traffic', () => {
    const [a, b] = [server([]), server([])]
    a.traffic.opened('editor')
    a.traffic.refuse('no access')
    a.traffic.sent(100)
    expect(a.traffic.socketsOpen.editor).toBe(1)
    expect(b.traffic.socketsOpen.editor).toBe(0)
    expect([...b.traffic.refused]).toEqual([])
    expect(b.traffic.bytesSent).toBe(0)
  })

  it('run their own end-of-turn tasks, and report a failing one to their own log only', async () => {
    const [linesA, linesB] = [[] as string[], [] as string[]]
    const [a, b] = [server(linesA), server(linesB)]
    const ran: string[] = []
    a.turn.atTurnEnd(() => {
      throw new Error('a task failed')
    })
    a.turn.atTurnEnd(() => ran.push('a'))
    b.turn.atTurnEnd(() => ran.push('b'))
    while (ran.length < 2) await new Promise((resolve) => setImmediate(resolve))
    expect(ran.sort()).toEqual(['a', 'b'])
    expect(linesA).toHaveLength(1)
    expect(JSON.parse(linesA[0] as string)).toMatchObject({
      msg: 'a batched task failed',
      reason: 'a task failed',
    })
    expect(linesB).toEqual([])
  })
  it('time their own storage commits', async () => {
    const storages = [new SqliteStorage({ dataDir: ':memory:' }), new SqliteStorage({ dataDir: ':memory:' })]
    const metrics = storages.map((storage) => createMetrics(server([], storage), storage))
    // The histogram's `_count` line in the exposition each server's /metrics would answer.
    const commitsTimed = async (index: number) => {
      const text = (await metrics[index]?.getSingleMetricAsString('bordenden_storage_commit_seconds')) ?? ''
      return Number(/^bordenden_storage_commit_seconds_count (\d+)$/m.exec(text)?.[1])
    }
    const doc = new Y.Doc()
    doc.getMap('meta').set('title', 'Forløb')
    const update = Y.encodeStateAsUpdate(doc)
    await storages[0]?.appendUpdates([{ docId: 'a', update, actor: 'tester', at: Date.now() }])
    expect(await commitsTimed(0)).toBe(1)
    expect(await commitsTimed(1)).toBe(0)
  })
})
