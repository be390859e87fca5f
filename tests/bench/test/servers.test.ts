import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { prepareRooms, type RoomAccess } from '../lib/access.ts'
import { LeanClient, type Sink } from '../lib/client.ts'
import { generateYearLongCourse, YEAR_LONG_COURSE } from '../lib/coursedoc.ts'
import { BenchServer, SERVERS, type ServerId } from '../lib/servers.ts'
import { epochNow } from '../lib/stats.ts'
import { stamp } from '../lib/wire.ts'
import { Editor } from '../lib/workload.ts'

const started: BenchServer[] = []
afterEach(async () => {
  for (const s of started.splice(0)) await s.stop()
})

async function start(id: ServerId, profileDir?: string) {
  const server = await BenchServer.start(SERVERS[id], 'warn', profileDir)
  started.push(server)
  return server
}

const quiet: Sink = { stamp: () => {}, error: () => {} }

function client(server: BenchServer, access: RoomAccess, id: number, sink = quiet, doc?: Y.Doc) {
  return new LeanClient({
    url: access.urls[0] as string,
    dialect: server.spec.dialect,
    docName: access.docName,
    id,
    sink,
    doc,
    applyRemote: !!doc,
  })
}

/** A fresh client's copy of the document as the server has it now. */
async function open(server: BenchServer, access: RoomAccess): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const reader = client(server, access, 99, quiet, doc)
  await reader.connect()
  reader.close()
  return doc
}

/** Whether `doc` holds everything `source` does. */
const covers = (doc: Y.Doc, source: Y.Doc) => {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc))
  return [...Y.decodeStateVector(Y.encodeStateVector(source))].every(
    ([c, clock]) => (have.get(c) ?? 0) >= clock,
  )
}

describe('the bench against real servers', () => {
  it('builds a year-long course that Bordenden’s checks accept through its write path', async () => {
    const course = generateYearLongCourse()
    expect(course.counts).toEqual({
      people: YEAR_LONG_COURSE.people,
      meetings: 3 + YEAR_LONG_COURSE.coordinatorMeetings,
      agreements: YEAR_LONG_COURSE.agreements,
      agreementStatusChanges: YEAR_LONG_COURSE.agreementStatusChanges,
      cards: expect.any(Number),
      cardDrags: YEAR_LONG_COURSE.cardDrags,
    })
    const server = await start('bordenden')
    const access = (await prepareRooms(server, ['year'])).get('year') as RoomAccess
    const writer = client(server, access, 1, quiet, new Y.Doc())
    await writer.connect()
    writer.send(writer.wire.update(Y.encodeStateAsUpdate(course.doc)))
    // The server answers a sync step 1 after the updates before it (once they are durable).
    const reply = writer.nextSyncReply()
    writer.send(writer.wire.syncStep1(Uint8Array.of(0)))
    await reply
    writer.close()
    expect(covers(await open(server, access), course.doc)).toBe(true)
  })

  // Whether an update another client saw survives a crash right after: what the durability label promises.
  for (const id of ['bordenden', 'yws-memory'] as const) {
    it(`labels ${id}’s durability truthfully (“${SERVERS[id].durability}”)`, async () => {
      const server = await start(id)
      const access = (await prepareRooms(server, ['crash'])).get('crash') as RoomAccess
      let seen: () => void = () => {}
      const arrived = new Promise<void>((resolve) => {
        seen = resolve
      })
      const receiver = client(server, access, 2, {
        stamp: (kind) => kind === 'doc' && seen(),
        error: () => {},
      })
      await receiver.connect()
      const editor = new Editor(1)
      const sender = client(server, access, 1, quiet, editor.doc)
      await sender.connect()
      sender.send(sender.wire.update(editor.edit('meeting', stamp(1, epochNow()))))
      await arrived
      await server.kill('SIGKILL')
      sender.close()
      receiver.close()
      await server.spawn()
      const survived = covers(await open(server, access), editor.doc)
      expect(survived).toBe(SERVERS[id].durability === 'fsync before broadcast')
    })
  }

  it('writes a CPU profile of every kind of server in profiling mode', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-prof-'))
    try {
      for (const id of ['bordenden', 'hocuspocus', 'yws-leveldb'] as const) {
        const server = await start(id, path.join(dir, id))
        await server.stop()
        started.splice(started.indexOf(server), 1)
        expect(readdirSync(path.join(dir, id)).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(1)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
