import * as Y from 'yjs'
import { LeanClient } from './client.ts'
import { type GeneratedCourse, generateYearLongCourse } from './coursedoc.ts'
import type { Dialect } from './wire.ts'

/**
 * One client of a document's sync socket (on Bordenden a course's, `url` with its `?token=`) that keeps
 * a Y.Doc in step. `failed` rejects when the server closes or fails the socket before the caller is done.
 */
function courseClient(url: string, docName: string, doc: Y.Doc, dialect: Dialect = 'y-websocket') {
  let fail: (error: Error) => void = () => {}
  const failed = new Promise<never>((_, reject) => {
    fail = reject
  })
  failed.catch(() => {}) // only awaited while it matters
  const client = new LeanClient({
    url,
    dialect,
    docName,
    id: 1,
    doc,
    applyRemote: true,
    sink: { stamp: () => {}, error: (_, what) => fail(new Error(`the server ended the socket: ${what}`)) },
  })
  return { client, failed }
}

/** A fresh client's copy of a document as the server has it now. */
export async function openDoc(url: string, docName: string, dialect?: Dialect): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const { client } = courseClient(url, docName, doc, dialect)
  await client.connect()
  client.close()
  return doc
}

/**
 * Fills a course created through the API with the year-long course (coursedoc.ts), sent as one update
 * over its sync socket through an editing link, and resolves once the server has stored it (it answers a
 * sync request only after the updates before it are durable). The year's edits are made on top of what
 * the server holds, as a board's would be.
 */
export async function seedYearCourse(url: string, courseId: string): Promise<GeneratedCourse> {
  const doc = new Y.Doc()
  const { client, failed } = courseClient(url, courseId, doc)
  await client.connect()
  try {
    const year = generateYearLongCourse({ courseId, from: Y.encodeStateAsUpdate(doc) })
    client.send(client.wire.update(Y.encodeStateAsUpdate(year.doc, Y.encodeStateVector(doc))))
    const stored = client.nextSyncReply()
    client.send(client.wire.syncStep1(Y.encodeStateVector(year.doc)))
    await Promise.race([stored, failed])
    return year
  } finally {
    client.close()
  }
}
