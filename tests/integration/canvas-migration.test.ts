import { canvasSchemaVersions } from '@bordenden/canvas-schema'
import { beforeRichText, oldRectangle } from '@bordenden/canvas-schema/test-fixtures'
import { CourseDoc } from '@bordenden/model'
import { CloseCode, encodeUpdate, SqliteStorage } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openRawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { connectYjsClient } from '../support/yjs-client.ts'

/**
 * tldraw records stored under older versions are migrated by the server with tldraw's own migrations as
 * the course is loaded, written back once; boards on other versions are told to reload and nobody can
 * mark the canvas as written under other versions. The old board is written straight into the stored
 * log while the server is down, as an older build would have left it.
 */
let server: ServerProcess
let course: CourseAccess

beforeAll(async () => {
  server = await ServerProcess.start()
  course = await server.course('old-board')
  const reader = connectYjsClient(course)
  await reader.synced()
  reader.destroy()
  await server.kill('SIGTERM')
  const storage = new SqliteStorage({ dataDir: server.dataDir })
  try {
    const doc = new Y.Doc()
    const stored = await storage.loadDoc(course.courseId)
    for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(doc, update)
    const before = Y.encodeStateVector(doc)
    doc.transact(() => {
      doc.getMap('meta').set('canvasSchema', beforeRichText)
      new CourseDoc(doc).canvasRecords().set(oldRectangle.id, oldRectangle)
    })
    const update = Y.encodeStateAsUpdate(doc, before)
    await storage.appendUpdates([{ docId: course.courseId, update, actor: 'older build', at: Date.now() }])
  } finally {
    await storage.close()
  }
  await server.spawn()
})
afterAll(() => server.stop())

const migrationsLogged = () => server.logs.filter((l) => l.msg === 'canvas records migrated').length

describe('canvas records of older tldraw versions', () => {
  it('are migrated on the server as the course is loaded, and written back once', async () => {
    const reader = connectYjsClient(course)
    await reader.synced()
    const record = new CourseDoc(reader.doc).canvasRecords<typeof oldRectangle>().get(oldRectangle.id)
    const props = record?.props as Record<string, unknown>
    expect(props.text).toBeUndefined()
    expect(JSON.stringify(props.richText)).toContain('Mødested')
    expect(props.flipX).toBe(false)
    expect(reader.doc.getMap('meta').get('canvasSchema')).toEqual(canvasSchemaVersions)
    await server.waitForLog((l) => l.msg === 'canvas records migrated' && l.records === 1)
    reader.destroy()

    await server.restart()
    const since = server.logs.length
    const again = connectYjsClient(course)
    await again.synced()
    expect(new CourseDoc(again.doc).canvasRecords().get(oldRectangle.id)).toEqual(record)
    again.destroy()
    // The server logs in order: once the room's socket has closed, a migration on loading would show.
    await server.waitForLog(
      (l) => l.msg === 'connection closed' && l.docId === course.courseId,
      30_000,
      since,
    )
    expect(migrationsLogged()).toBe(1)
  })

  it('tells a board on other canvas versions to reload before it can write', async () => {
    const raw = await openRawSocket(
      `${course.wsBase}/${course.courseId}?token=${course.token}&canvas=00000000`,
    )
    expect((await raw.closed).code).toBe(CloseCode.reloadRequired)
  })

  it('refuses a client that marks the canvas as written under other versions', async () => {
    const reader = connectYjsClient(course)
    await reader.synced()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(reader.doc))
    reader.destroy()
    const before = Y.encodeStateVector(doc)
    doc.getMap('meta').set('canvasSchema', beforeRichText)
    const raw = await openRawSocket(`${course.wsBase}/${course.courseId}?token=${course.token}`)
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(doc, before)))
    expect((await raw.closed).code).toBe(CloseCode.editRefused)
  })
})
