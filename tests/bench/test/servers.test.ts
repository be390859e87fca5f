import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CourseDoc } from '@bordenden/model'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { prepareRooms, type RoomAccess } from '../lib/access.ts'
import { BOARD_PAGES, CARD_PAGE, cardId } from '../lib/board-canvas.ts'
import { LeanClient, type Sink } from '../lib/client.ts'
import { YEAR_LONG_COURSE } from '../lib/coursedoc.ts'
import { openDoc, seedYearCourse } from '../lib/seed-course.ts'
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
const open = (server: BenchServer, access: RoomAccess) =>
  openDoc(access.urls[0] as string, access.docName, server.spec.dialect)

/** Whether `doc` holds everything `source` does. */
const covers = (doc: Y.Doc, source: Y.Doc) => {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc))
  return [...Y.decodeStateVector(Y.encodeStateVector(source))].every(
    ([c, clock]) => (have.get(c) ?? 0) >= clock,
  )
}

describe('the bench against real servers', () => {
  it('seeds a year-long course that opens with its people, meetings and agreements, each on its board card', async () => {
    const server = await start('bordenden')
    const access = (await prepareRooms(server, ['year'])).get('year') as RoomAccess
    const url = access.urls[0] as string
    const year = await seedYearCourse(url, access.docName)
    expect(year.counts).toEqual({
      people: YEAR_LONG_COURSE.people,
      meetings: 3 + YEAR_LONG_COURSE.coordinatorMeetings,
      agreements: YEAR_LONG_COURSE.agreements,
      agreementStatusChanges: YEAR_LONG_COURSE.agreementStatusChanges,
      cards: expect.any(Number),
      cardDrags: YEAR_LONG_COURSE.cardDrags,
    })
    // What a board opening the course reads: the course through a fresh connection, after the seeder left.
    const opened = new CourseDoc(await openDoc(url, access.docName))
    expect(covers(opened.doc, year.doc)).toBe(true)
    const people = opened.people.list()
    const goals = opened.goals.list()
    const agreements = opened.agreements.list()
    // As a link holder sees it: without the coordinator-only document, whose people the seed does not send.
    const seeded = new CourseDoc(year.doc)
    expect(people).toHaveLength(seeded.people.list().length)
    expect(people.length).toBeGreaterThanOrEqual(YEAR_LONG_COURSE.people - 1)
    expect(opened.meetings.list()).toHaveLength(year.counts.meetings)
    expect(agreements).toHaveLength(year.counts.agreements)
    // The board keeps only the cards it draws itself and opens on the first page: a card or page of the
    // bench's own invention opens as an empty board (board-canvas.test.ts checks these against the board).
    const records = [
      ...opened.canvasRecords<{ typeName: string; id: string; parentId?: string }>().map.values(),
    ]
    const pages = records.filter((r) => r.val.typeName === 'page').map((r) => r.val.id)
    expect(pages.sort()).toEqual(
      Object.values(BOARD_PAGES)
        .map((p) => p.id)
        .sort(),
    )
    const cards = records.filter((r) => r.val.typeName === 'shape').map((r) => [r.val.id, r.val.parentId])
    expect(cards.sort()).toEqual(
      [
        ...people.map((p) => [cardId.person(p.id), CARD_PAGE['bd-person']]),
        ...goals.map((g) => [cardId.goal(g.id), CARD_PAGE['bd-goal']]),
        ...agreements.map((a) => [cardId.agreement(a.id), CARD_PAGE['bd-agreement']]),
      ].sort(),
    )
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
