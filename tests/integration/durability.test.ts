import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { canvasEntry, connectYjsClient, writtenKeys, type YjsClient } from '../support/yjs-client.ts'

const open: YjsClient[] = []
let server: ServerProcess | undefined
afterEach(async () => {
  for (const client of open.splice(0)) client.destroy()
  await server?.stop()
})

/** Reads the room through a fresh client that never saw the writes. */
async function readBack(room: string): Promise<Y.Doc> {
  const reader = connectYjsClient(await server!.course(room))
  open.push(reader)
  await reader.synced()
  return reader.doc
}

describe('durability', () => {
  it('keeps every update a client saw confirmed when the server is killed with SIGKILL', async () => {
    server = await ServerProcess.start()
    const course = await server.course('crash')
    const writer = connectYjsClient(course)
    const observer = connectYjsClient(course)
    open.push(writer, observer)
    await Promise.all([writer.synced(), observer.synced()])
    const N = 300
    for (let n = 0; n < N; n++) writer.doc.getMap('meta').set(`update-${n}`, n)
    // The observer sees an update only after the server has stored it.
    await waitFor('observer saw all updates', () => writtenKeys(observer.doc) === N)
    writer.provider.disconnect() // nothing left to resend: what survives is what the server stored
    observer.provider.disconnect()

    expect(await server.kill('SIGKILL')).toBeNull()
    await server.spawn()
    const doc = await readBack('crash')
    expect(writtenKeys(doc)).toBe(N)
    for (let n = 0; n < N; n++) expect(doc.getMap('meta').get(`update-${n}`)).toBe(n)
  })

  it('restores compacted and uncompacted state after a clean restart', async () => {
    server = await ServerProcess.start({ env: { COMPACT_EVERY: '25' } })
    const course = await server.course('compaction')
    const writer = connectYjsClient(course)
    open.push(writer)
    await writer.synced()
    for (let n = 0; n < 110; n++) writer.doc.getArray('canvas').push([canvasEntry(`r${n}`)])
    await server.waitForLog((l) => l.msg === 'room compacted' && l.docId === course.courseId)
    writer.provider.disconnect()
    await server.restart()
    const doc = await readBack('compaction')
    expect(doc.getArray('canvas').toJSON()).toEqual(
      Array.from({ length: 110 }, (_, n) => canvasEntry(`r${n}`)),
    )
  })

  it('loads a room once when many clients open it at the same moment', async () => {
    server = await ServerProcess.start()
    const course = await server.course('stampede')
    const clients = Array.from({ length: 8 }, () => connectYjsClient(course))
    open.push(...clients)
    await Promise.all(clients.map((c) => c.synced()))
    const loads = server.logs.filter((l) => l.msg === 'room loaded' && l.docId === course.courseId)
    expect(loads).toHaveLength(1)
  })
})
