import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PostgresServer } from '../support/postgres.ts'
import { openRawSocket, type RawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

// Issue 15: under overload the durable write path stalled (one unbounded batch on the event loop, no
// backpressure), and every socket opened cost the event loop an audit-log fsync.

/** Reading from a room pauses after this many unwritten updates (one socket: half), so a flood hits it. */
const BACKLOG = '64'
const FLOODERS = 4
/** Updates a flooder sends at once before it waits to see its last one come back. */
const BURST = 150

let postgres: PostgresServer
beforeAll(async () => {
  postgres = await PostgresServer.start()
}, 60_000)
afterAll(() => postgres?.stop())

const backends = [
  { name: 'SQLite', env: async (): Promise<Record<string, string>> => ({}) },
  { name: 'PostgreSQL', env: async () => ({ DATABASE_URL: await postgres.createDatabase() }) },
]

const open: YjsClient[] = []
const sockets: RawSocket[] = []
let server: ServerProcess | undefined
afterEach(async () => {
  for (const client of open.splice(0)) client.destroy()
  for (const raw of sockets.splice(0)) raw.socket.terminate()
  await server?.stop()
})

async function synced(access: CourseAccess, count: number): Promise<YjsClient[]> {
  const clients = Array.from({ length: count }, () => connectYjsClient(access))
  open.push(...clients)
  await Promise.all(clients.map((c) => c.synced()))
  return clients
}

/**
 * Counts the transactions after which `doc` holds an update it cannot integrate yet: one that reached
 * it before an earlier update of the same sender, i.e. delivered out of order.
 */
function outOfOrderCount(doc: Y.Doc): () => number {
  let count = 0
  doc.on('afterTransaction', () => {
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) count++
  })
  return () => count
}

const seen = (doc: Y.Doc, key: string) => (doc.getMap('meta').get(key) as number | undefined) ?? 0

/** Everything `doc` received from others, as clocks per sending client (its own edits left out). */
function receivedClocks(doc: Y.Doc): Map<number, number> {
  const clocks = Y.decodeStateVector(Y.encodeStateVector(doc))
  clocks.delete(doc.clientID)
  return clocks
}

describe.each(backends)('durable writes under overload ($name)', ({ env }) => {
  it('keeps a flooded room in order, a second room delivering, and everything anyone saw after kill -9', async () => {
    server = await ServerProcess.start({ env: { ...(await env()), WRITE_BACKLOG_UPDATES: BACKLOG } })
    const flooded = await server.course('flooded')
    const quiet = await server.course('quiet')
    const flooders = await synced(flooded, FLOODERS)
    const [watcher] = (await synced(flooded, 1)) as [YjsClient]
    const [quietWriter, quietWatcher] = (await synced(quiet, 2)) as [YjsClient, YjsClient]
    const outOfOrder = [watcher, quietWatcher, ...flooders].map((c) => outOfOrderCount(c.doc))
    const logsBefore = server.logs.length
    const paused = () =>
      server!.logs
        .slice(logsBefore)
        .some((l) => l.msg === 'write backlog full: reading paused' && l.docId === flooded.courseId)

    // The flood goes on until the quiet room has made its round trips and the server has paused
    // reading from the flooded room at least once: both happen while the flood is on, whatever the
    // machine's speed.
    let flooding = true
    const sent = new Array<number>(FLOODERS).fill(0)
    const floods = flooders.map(async (client, c) => {
      const meta = client.doc.getMap('meta')
      while (flooding) {
        for (let i = 0; i < BURST; i++) meta.set(`flood-${c}`, ++sent[c]!)
        await waitFor(`flooder ${c}'s burst to come back`, () => seen(watcher.doc, `flood-${c}`) === sent[c])
      }
    })

    for (let n = 1; n <= 20; n++) {
      quietWriter.doc.getMap('meta').set('quiet', n)
      await waitFor(`quiet edit ${n} to arrive`, () => seen(quietWatcher.doc, 'quiet') === n)
    }
    await waitFor('the flooded room to pause reading', paused)
    flooding = false
    await Promise.all(floods)
    // The flood kept arriving at the watcher, burst after burst.
    for (let c = 0; c < FLOODERS; c++) expect(seen(watcher.doc, `flood-${c}`)).toBe(sent[c])
    // A last, larger burst: the server is killed as soon as the watcher has seen the start of it, while
    // the server is still taking in and writing the rest.
    const sentBefore = sent[0]!
    const lastBurst = new Promise<void>((resolve) =>
      watcher.doc.on('update', () => {
        if (seen(watcher.doc, 'flood-0') > sentBefore) resolve()
      }),
    )
    flooders.forEach((client, c) => {
      for (let i = 0; i < 4 * BURST; i++) client.doc.getMap('meta').set(`flood-${c}`, ++sent[c]!)
    })
    await lastBurst

    // (c) What each client saw, frozen: nobody is left to resend anything after the crash.
    const everyone = [...flooders, watcher, quietWriter, quietWatcher]
    for (const client of everyone) client.provider.disconnect()
    // (a) Every client received each sender's updates in the order they were sent.
    expect(outOfOrder.map((count) => count())).toEqual(outOfOrder.map(() => 0))
    const sawFlooded = [...flooders, watcher].map((c) => receivedClocks(c.doc))
    const sawQuiet = [quietWriter, quietWatcher].map((c) => receivedClocks(c.doc))
    expect(await server.kill('SIGKILL')).toBeNull()
    await server.spawn()

    for (const [access, saw] of [
      [flooded, sawFlooded],
      [quiet, sawQuiet],
    ] as const) {
      const [reader] = (await synced(access, 1)) as [YjsClient]
      const stored = receivedClocks(reader.doc)
      for (const clocks of saw) {
        for (const [client, clock] of clocks) expect(stored.get(client) ?? 0).toBeGreaterThanOrEqual(clock)
      }
    }
  }, 180_000)

  it('audits a burst of socket opens completely, and the chain verifies', async () => {
    server = await ServerProcess.start({ env: await env() })
    const course = await server.course('opened at once')
    const OPENS = 60
    const url = `${course.wsBase}/${course.courseId}?token=${course.token}`
    sockets.push(...(await Promise.all(Array.from({ length: OPENS }, () => openRawSocket(url)))))

    const coordinator = await server.coordinator()
    const { body } = await coordinator.request<{
      entries: { action: string; detail: { channel?: string } }[]
    }>('GET', `/api/courses/${course.courseId}/audit`)
    const socketOpenings = body.entries.filter(
      (e) => e.action === 'course.opened' && e.detail.channel === 'socket',
    )
    expect(socketOpenings).toHaveLength(OPENS)

    // Every entry so far: the user, the course and its link, the sign-in, the sockets, the read above.
    expect(await server.cli('verify-audit')).toMatch(/^audit log intact: \d+ entries/)
  }, 120_000)
})
