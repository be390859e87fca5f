import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { CourseDoc, type NetworkPerson, privateDocId } from '@bordenden/model'
import { CloseCode, decodeMessage, encodeSyncStep1, encodeUpdate } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiClient } from '../support/api.ts'
import { latestClosedMeeting, withCourseDoc } from '../support/course-editor.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectWithSession, connectYjsClient } from '../support/yjs-client.ts'

// A database made by main before the course was split (see tests/fixtures/main-2026-12-04/README.md):
// one demo course whose single document holds contact details, consent and an excluded person.
const FIXTURE = path.join(import.meta.dirname, '../fixtures/main-2026-12-04')
const COURSE = 'ddf5f1032aaf59d0d69d2f1d416f6c6f'

/** What no link holder may receive, from the demo course's network. */
const SECRETS = [
  '20 45 67 89', // Lone's phone
  'anders.nygaard@kommune.example', // a professional's e-mail
  'Torben Madsen', // the brother the citizen does not want involved
  'Jens vil ikke have', // a consent note
  'Kun om kolonihaven', // a limited consent
]

let dataDir: string
let server: ServerProcess
let api: ApiClient
/** The people as main's single document held them, read straight from the fixture. */
let before: NetworkPerson[]

/** Everything stored for a document (snapshot and log), as one string of its bytes. */
function storedBytes(docId: string): string {
  const db = new DatabaseSync(path.join(dataDir, 'bordenden.sqlite'), { readOnly: true })
  try {
    const rows = [
      ...db.prepare('SELECT state AS data FROM doc_snapshots WHERE doc_id = ?').all(docId),
      ...db.prepare('SELECT data FROM doc_updates WHERE doc_id = ?').all(docId),
    ] as { data: Uint8Array }[]
    return rows.map((r) => Buffer.from(r.data).toString('utf8')).join('\n')
  } finally {
    db.close()
  }
}

/** The fixture's updates, read from the copy before the server touches it. */
let oldUpdates: Uint8Array[] = []

/** The course's one document as main stored it (and as an editor's browser kept it). */
function docFromFixture(): Y.Doc {
  const doc = new Y.Doc()
  for (const update of oldUpdates) Y.applyUpdate(doc, update)
  return doc
}

async function coordinatorCourse(): Promise<{ course: CourseDoc; close(): void }> {
  const [shared, kept] = [COURSE, `${COURSE}/private`].map((room) =>
    connectWithSession(server.wsUrl, room, api.cookie ?? ''),
  )
  if (!shared || !kept) throw new Error('no clients')
  await Promise.all([shared.synced(), kept.synced()])
  return {
    course: new CourseDoc(shared.doc, kept.doc),
    close() {
      shared.destroy()
      kept.destroy()
    },
  }
}

async function createLink(body: Record<string, unknown>): Promise<string> {
  const result = await api.request<{ token: string }>('POST', `/api/courses/${COURSE}/links`, {
    label: 'test',
    ...body,
  })
  expect(result.status).toBe(201)
  return result.body.token
}

/**
 * Syncs as a raw y-websocket client and returns every byte the server sent, and the document they
 * decode into.
 */
async function receivedThrough(room: string, token: string): Promise<{ bytes: string; doc: Y.Doc }> {
  const socket = await openRawSocket(`${server.wsUrl}/${room}?token=${encodeURIComponent(token)}`)
  socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
  const doc = new Y.Doc()
  await waitFor('sync step 2', () =>
    socket.received.some((frame) => {
      try {
        return decodeMessage(frame).kind === 'syncStep2'
      } catch {
        return false
      }
    }),
  )
  socket.socket.close()
  for (const frame of socket.received) {
    const message = decodeMessage(frame)
    if (message.kind === 'syncStep2' || message.kind === 'update') Y.applyUpdate(doc, message.update)
  }
  return { bytes: socket.received.map((f) => Buffer.from(f).toString('utf8')).join('\n'), doc }
}

const expectNoSecrets = (what: string, text: string) => {
  for (const secret of SECRETS) expect(text, `${what} holds "${secret}"`).not.toContain(secret)
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'bordenden-per-role-'))
  for (const file of ['bordenden.sqlite', 'demo-login.txt']) {
    copyFileSync(path.join(FIXTURE, file), path.join(dataDir, file))
  }
  // Read from the copy, never the fixture itself: opening a WAL database writes beside it.
  const db = new DatabaseSync(path.join(dataDir, 'bordenden.sqlite'), { readOnly: true })
  const rows = db.prepare('SELECT data FROM doc_updates WHERE doc_id = ? ORDER BY seq').all(COURSE)
  oldUpdates = rows.map((row) => (row as { data: Uint8Array }).data)
  db.close()
  before = new CourseDoc(docFromFixture()).people.list()
  server = await ServerProcess.start({ dataDir })
  ;({ api } = await server.demo())
})
afterAll(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('a course written by main before the split', () => {
  it('migrates on the server without loss, and the shared document no longer stores private data', async () => {
    // The fixture really is the old shape: every secret is in the one document.
    expect(before.map((p) => p.name)).toContain('Torben Madsen')
    for (const secret of SECRETS) expect(storedBytes(COURSE)).toContain(secret)

    const { course, close } = await coordinatorCourse()
    expect(course.people.list()).toEqual(before)
    expect(new CourseDoc(course.doc).people.list().map((p) => p.name)).not.toContain('Torben Madsen')
    close()
    await server.restart() // everything is written and compacted
    expectNoSecrets('the stored shared document', storedBytes(COURSE))
    for (const secret of SECRETS) expect(storedBytes(privateDocId(COURSE))).toContain(secret)

    const again = await coordinatorCourse()
    expect(again.course.people.list()).toEqual(before)
    again.close()
  })

  it("takes back an editor's offline copy made before the split without refusing it or restoring anything", async () => {
    // What a coordinator's browser kept in IndexedDB before the split: the whole old document.
    const logged = server.logs.length
    const offline = connectWithSession(server.wsUrl, COURSE, api.cookie ?? '', docFromFixture())
    await offline.synced()
    // The copy held only structs the server already had: nothing private came back, nothing refused.
    const viewer = await receivedThrough(COURSE, await createLink({ kind: 'viewer' }))
    expectNoSecrets('the shared document after the old copy synced', viewer.bytes)
    expect(server.logs.slice(logged).filter((l) => l.msg === 'closing connection')).toEqual([])
    expect(offline.provider.wsconnected).toBe(true)
    offline.destroy()
  })
})

describe('what each role receives', () => {
  const now = Date.now()
  const hour = 3_600_000
  const roles: [string, Record<string, unknown>][] = [
    ['participant in the edit window', { kind: 'participant', editFrom: now - hour, editUntil: now + hour }],
    ['participant outside it', { kind: 'participant', editFrom: now + hour, editUntil: now + 2 * hour }],
    ['citizen', { kind: 'citizen' }],
    ['citizen in an edit window', { kind: 'citizen', editFrom: now - hour, editUntil: now + hour }],
    ['viewer', { kind: 'viewer', showPresence: true }],
    ['hidden viewer', { kind: 'viewer' }],
  ]

  it.each(roles)('a %s gets no contact, consent or excluded person over the socket', async (_, link) => {
    const token = await createLink(link)
    const { bytes, doc } = await receivedThrough(COURSE, token)
    expectNoSecrets('the bytes sent', bytes)
    const people = new CourseDoc(doc).people.list()
    expect(people.length).toBe(before.length - 1)
    for (const person of people) {
      expect(person).toMatchObject({
        excludedByCitizen: false,
        contact: { phone: '', email: '', other: '' },
        consent: { status: 'notAsked', note: '' },
      })
    }
    await expect(openRawSocket(`${server.wsUrl}/${COURSE}/private?token=${token}`)).rejects.toThrow(/403/)
  })

  it("refuses an editor's update that writes private data into the shared document, and stores nothing of it", async () => {
    const token = await createLink(roles[0]?.[1] ?? {})
    const editor = connectYjsClient({ wsBase: server.wsUrl, courseId: COURSE, token })
    await editor.synced()
    const someone = new CourseDoc(editor.doc).people.list()[0]?.id ?? ''
    const probe = new Y.Doc()
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(editor.doc))
    editor.destroy()
    const stateVector = Y.encodeStateVector(probe)
    const card = probe.getMap<Y.Map<unknown>>('people').get(someone)
    if (!card) throw new Error('the shared document has no people')
    card.set('contact', { phone: '99 99 99 99' })

    const socket = await openRawSocket(`${server.wsUrl}/${COURSE}?token=${token}`)
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(probe, stateVector)))
    expect((await socket.closed).code).toBe(CloseCode.editRefused)
    const viewer = await receivedThrough(COURSE, await createLink({ kind: 'viewer' }))
    expect(viewer.bytes).not.toContain('99 99 99 99')
  })

  it('keeps excluded people and private data out of every REST answer a link holder or the record reaches', async () => {
    const meetingId = await withCourseDoc(server, api, COURSE, latestClosedMeeting)
    const frozen = await api.request<{ record: { id: string } }>('POST', `/api/records/${COURSE}`, {
      meetingId,
    })
    expect(frozen.status).toBeLessThan(300)
    const record = frozen.body.record.id
    const citizen = await createLink({ kind: 'citizen' })
    const asCitizen = (route: string) =>
      fetch(`${server.url}${route}${route.includes('?') ? '&' : '?'}token=${citizen}`)
    const asCoordinator = (route: string) =>
      fetch(`${server.url}${route}`, { headers: { cookie: api.cookie ?? '' } })
    const recordRoutes = [
      `/api/records/${COURSE}`,
      `/api/records/${COURSE}/${record}`,
      `/api/records/${COURSE}/${record}/journal.txt`,
      `/api/records/${COURSE}/${record}/print`,
    ]
    for (const route of [...recordRoutes, `/api/lifecycle/${COURSE}`, `/api/access/${COURSE}`]) {
      const answer = await asCitizen(route)
      expect(answer.status, route).toBe(200)
      expectNoSecrets(`the citizen's ${route}`, await answer.text())
    }
    // The record is sent to everyone invited, and the overview goes to the extension: not even the
    // coordinator's copies name the excluded person or carry contact details.
    for (const route of [...recordRoutes, '/api/follow-ups', '/api/overview', `/api/lifecycle/${COURSE}`]) {
      const answer = await asCoordinator(route)
      expect(answer.status, route).toBe(200)
      expectNoSecrets(`the coordinator's ${route}`, await answer.text())
    }
  })
})
