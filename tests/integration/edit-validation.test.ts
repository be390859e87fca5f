import { personCard } from '@bordenden/canvas-schema/test-fixtures'
import { CourseDoc, createGoal, SCHEMA_VERSION } from '@bordenden/model'
import { CloseCode, encodeUpdate } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiClient } from '../support/api.ts'
import { nestedMaps, storedClients } from '../support/hostile-updates.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { type CourseAccess, ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient } from '../support/yjs-client.ts'

/**
 * Fault 3 of issue 14 and the schema version at connect: the server checks every edit against the
 * model before it is stored or shown, and a client on another schema version is told to reload.
 */
let server: ServerProcess
let coordinator: ApiClient

beforeAll(async () => {
  server = await ServerProcess.start()
  coordinator = await server.coordinator()
})
afterAll(() => server.stop())

const socketFor = (course: CourseAccess, query = '') =>
  openRawSocket(`${course.wsBase}/${course.courseId}?token=${course.token}${query}`)

/** The update that `change` makes to a copy of the course as the server holds it now. */
async function changeOf(
  course: CourseAccess,
  client: number,
  change: (doc: Y.Doc) => void,
): Promise<Uint8Array> {
  const reader = connectYjsClient(course)
  await reader.synced()
  const doc = new Y.Doc()
  doc.clientID = client
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(reader.doc))
  reader.destroy()
  const before = Y.encodeStateVector(doc)
  change(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

/** Sends `update` over a fresh socket and returns the code the server closed it with. */
async function closeCodeFor(course: CourseAccess, update: Uint8Array): Promise<number> {
  const raw = await socketFor(course)
  raw.send(encodeUpdate(update))
  return (await raw.closed).code
}

describe('edits are checked against the model before they are stored or shown', () => {
  it('refuses 20,000 nested maps in the course metadata, and the course keeps answering (fault 3)', async () => {
    const course = await server.course('nested')
    expect(await closeCodeFor(course, nestedMaps(601, 20_000))).toBe(CloseCode.editRefused)
    expect(storedClients(server.dataDir, course.courseId).has(601)).toBe(false)
    expect((await coordinator.request('GET', `/api/lifecycle/${course.courseId}`)).status).toBe(200)
    expect((await coordinator.request('GET', '/api/follow-ups')).status).toBe(200)
  })

  it('refuses an invitee with a role the model does not have, and nobody sees it', async () => {
    const course = await server.course('invitee-role')
    const witness = connectYjsClient(course)
    await witness.synced()
    const update = await changeOf(course, 602, (doc) => {
      const meeting = new Y.Map<unknown>()
      doc.getMap('meetings').set('m1', meeting)
      meeting.set('invitees', [
        { personId: 'p1', chosenByCitizen: false, role: 'boss', attendance: 'notRecorded' },
      ])
    })
    expect(await closeCodeFor(course, update)).toBe(CloseCode.editRefused)
    await server.waitForLog((l) => l.code === CloseCode.editRefused && l.docId === course.courseId)
    expect(witness.doc.getMap('meetings').has('m1')).toBe(false)
    expect(storedClients(server.dataDir, course.courseId).has(602)).toBe(false)
    witness.destroy()
  })

  it('refuses top-level keys the document does not have, and text where the model has none', async () => {
    const course = await server.course('unknown-keys')
    const unknownRoot = await changeOf(course, 603, (doc) => doc.getMap('secrets').set('x', 1))
    expect(await closeCodeFor(course, unknownRoot)).toBe(CloseCode.editRefused)
    const text = await changeOf(course, 604, (doc) => doc.getText('meta').insert(0, 'x'))
    expect(await closeCodeFor(course, text)).toBe(CloseCode.editRefused)
    const schemaVersion = await changeOf(course, 605, (doc) => doc.getMap('meta').set('schemaVersion', 1))
    expect(await closeCodeFor(course, schemaVersion)).toBe(CloseCode.editRefused)
  })

  it('logs why an edit was refused, without the document content', async () => {
    const course = await server.course('refusal-log')
    const update = await changeOf(course, 606, (doc) =>
      doc.getMap('goals').set('g1', 'Jens Hansens hemmelighed'),
    )
    expect(await closeCodeFor(course, update)).toBe(CloseCode.editRefused)
    const line = await server.waitForLog(
      (l) => l.code === CloseCode.editRefused && l.docId === course.courseId,
    )
    expect(line.reason).toBe('goals: an entity must be a map of fields')
    expect(JSON.stringify(server.logs)).not.toContain('hemmelighed')
  })

  it("refuses a canvas record tldraw's schema refuses, and stores and shows one a board writes", async () => {
    const course = await server.course('canvas-record')
    const witness = connectYjsClient(course)
    await witness.synced()
    // A person's card as the board lays it out (layoutFromModel), as a YKeyValue entry of the canvas.
    const card = personCard
    const writeCard = (client: number, record: object) =>
      changeOf(course, client, (doc) => doc.getArray('canvas').push([{ key: card.id, val: record }]))
    const malformed = await writeCard(607, { ...card, props: { ...card.props, w: 'wide' } })
    expect(await closeCodeFor(course, malformed)).toBe(CloseCode.editRefused)
    const line = await server.waitForLog(
      (l) => l.code === CloseCode.editRefused && l.docId === course.courseId,
    )
    expect(line.reason).toBe("canvas: shape record does not match tldraw's schema")
    expect(storedClients(server.dataDir, course.courseId).has(607)).toBe(false)

    const raw = await socketFor(course)
    raw.send(encodeUpdate(await writeCard(608, card)))
    await waitFor('the card to reach the witness', () => witness.doc.getArray('canvas').length > 0)
    expect(witness.doc.getArray('canvas').toJSON()).toEqual([{ key: card.id, val: card }])
    expect(raw.socket.readyState).toBe(raw.socket.OPEN)
    raw.socket.close()
    witness.destroy()
  })

  it("refuses deleting a required field (a goal's text, the course's title), and nobody sees it", async () => {
    const course = await server.course('required-fields')
    const writer = connectYjsClient(course)
    await writer.synced()
    const goal = createGoal(
      new CourseDoc(writer.doc),
      { text: 'Flytte hjemmefra', lifeArea: 'housing' },
      'test',
    )
    const witness = connectYjsClient(course)
    await waitFor('the goal to reach the witness', () => new CourseDoc(witness.doc).goals.get(goal.id))
    writer.destroy()
    const withoutText = await changeOf(course, 604, (doc) =>
      (doc.getMap<Y.Map<unknown>>('goals').get(goal.id) as Y.Map<unknown>).delete('text'),
    )
    expect(await closeCodeFor(course, withoutText)).toBe(CloseCode.editRefused)
    const withoutTitle = await changeOf(course, 605, (doc) => doc.getMap('meta').delete('title'))
    expect(await closeCodeFor(course, withoutTitle)).toBe(CloseCode.editRefused)
    await server.waitForLog(
      (l) => l.reason === 'meta: a required field is missing' && l.docId === course.courseId,
    )
    expect(new CourseDoc(witness.doc).goals.get(goal.id)?.text).toBe('Flytte hjemmefra')
    expect(witness.doc.getMap('meta').has('title')).toBe(true)
    witness.destroy()
  })

  it('stores and shows an edit the model makes', async () => {
    const course = await server.course('valid-edit')
    const writer = connectYjsClient(course)
    const witness = connectYjsClient(course)
    await Promise.all([writer.synced(), witness.synced()])
    const goal = createGoal(
      new CourseDoc(writer.doc),
      { text: 'Få styr på økonomien', lifeArea: 'economy' },
      'test',
    )
    await waitFor('the goal to reach the witness', () => new CourseDoc(witness.doc).goals.get(goal.id))
    expect(writer.provider.wsconnected).toBe(true)
    writer.destroy()
    witness.destroy()
  })
})

describe('the schema version at connect', () => {
  it('tells a client on an older or newer schema version to reload, before it can write', async () => {
    const course = await server.course('schema-version')
    for (const version of [SCHEMA_VERSION - 1, SCHEMA_VERSION + 1]) {
      const raw = await socketFor(course, `&schema=${version}`)
      const closed = await raw.closed
      expect(closed.code).toBe(CloseCode.reloadRequired)
    }
  })

  it('lets a client on this schema version sync', async () => {
    const course = await server.course('schema-current')
    const raw = await socketFor(course, `&schema=${SCHEMA_VERSION}`)
    await waitFor('the sync step 1 from the server', () => raw.received.length > 0)
    expect(raw.socket.readyState).toBe(raw.socket.OPEN)
    raw.socket.close()
  })
})
