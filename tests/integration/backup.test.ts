import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ApiClient } from '../support/api.ts'
import { PostgresServer } from '../support/postgres.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, contentOf, writtenKeys, type YjsClient } from '../support/yjs-client.ts'

const run = promisify(execFile)
// Every y-websocket provider adds a process exit listener; this file holds 24 clients at a time.
process.setMaxListeners(64)
const repoRoot = path.resolve(import.meta.dirname, '../..')
const WRITERS = 20
const WRITER_COURSES = 4

/** The admin command as an operator runs it, without blocking this process (the writers keep writing). */
const cli = (env: Record<string, string>, ...args: string[]) =>
  run(process.execPath, ['server/src/cli.ts', ...args], { cwd: repoRoot, env: { ...process.env, ...env } })

let postgres: PostgresServer
beforeAll(async () => {
  postgres = await PostgresServer.start()
}, 30_000)
afterAll(() => postgres?.stop())

const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

interface Backend {
  name: string
  /** Where a server keeps its data, and the same for an empty place to restore into. */
  place(): Promise<{ env: Record<string, string>; dataDir: string }>
}

const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-backup-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const backends: Backend[] = [
  { name: 'SQLite', place: async () => ({ env: {}, dataDir: folder() }) },
  {
    name: 'PostgreSQL',
    place: async () => ({ env: { DATABASE_URL: await postgres.createDatabase() }, dataDir: folder() }),
  },
]

/** What must survive: courses, record hashes, audit entries and every durable document update. */
interface Seen {
  courses: string[]
  recordHashes: string[]
  audit: string[]
  keys: Map<string, string[]>
}

describe.each(backends)('backup and restore with $name', (backend) => {
  it('restores everything that existed when a backup was taken under 20 concurrent writers', async () => {
    const original = await backend.place()
    const server = await ServerProcess.start({
      dataDir: original.dataDir,
      env: { ...original.env, BORDENDEN_DEMO: '1' },
    })
    cleanup.push(() => server.stop())
    const demo = await server.demo()
    const coordinator = await server.coordinator()
    const clients: YjsClient[] = []
    cleanup.push(() => {
      for (const client of clients) client.destroy()
    })

    // Records: one frozen per meeting of the demo course.
    const { body: meetings } = await demo.api.request<{ meetings: { id: string }[] }>(
      'GET',
      `/api/courses/${demo.courseId}/meetings`,
    )
    for (const meeting of meetings.meetings) {
      const frozen = await demo.api.request('POST', `/api/records/${demo.courseId}`, {
        meetingId: meeting.id,
      })
      expect(frozen.status).toBe(201)
    }

    // 20 writers on 4 courses, each course watched by an observer that sees only what was stored.
    const courses = await Promise.all(
      Array.from({ length: WRITER_COURSES }, (_, c) => server.course(`skrivere ${c}`)),
    )
    const observers = courses.map((course) => connectYjsClient(course))
    const writers = Array.from({ length: WRITERS }, (_, w) => connectYjsClient(courses[w % WRITER_COURSES]!))
    clients.push(...observers, ...writers)
    await Promise.all([...observers, ...writers].map((client) => client.synced()))
    let writing = true
    const writes = writers.map(async (writer, w) => {
      for (let n = 0; writing; n++) {
        writer.doc.getMap('meta').set(`w${w}-${n}`, n)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })
    // And a coordinator creating courses meanwhile (rows and audit entries).
    const creating = (async () => {
      for (let n = 0; writing; n++) {
        await coordinator.request('POST', '/api/courses', {
          title: `under backup ${n}`,
          citizenName: 'Borger',
        })
      }
    })()
    await waitFor('every writer stored something', () =>
      observers.every((o) => writtenKeys(o.doc) >= (WRITERS / WRITER_COURSES) * 3),
    )

    const before = await observe(
      server.url,
      [demo.api, coordinator],
      courses.map((c) => c.courseId),
      observers,
    )
    const file = path.join(folder(), 'bordenden.backup')
    const backup = await cli({ ...original.env, DATA_DIR: original.dataDir }, 'backup', '--to', file)
    expect(backup.stdout).toContain('backup written')
    writing = false
    await Promise.all([...writes, creating])
    expect(statSync(file).mode & 0o777).toBe(0o600)
    await server.stop()

    // Into an empty place: restore, start, and look for everything seen before the backup.
    const fresh = await backend.place()
    const restore = await cli({ ...fresh.env, DATA_DIR: fresh.dataDir }, 'restore', '--from', file)
    expect(restore.stdout).toContain('restored')
    const restored = await ServerProcess.start({ dataDir: fresh.dataDir, env: fresh.env })
    cleanup.push(() => restored.stop())
    const ready = await fetch(`${restored.url}/readyz`)
    expect(ready.status).toBe(200)

    // The sessions and links are in the backup too: the same cookies and tokens work on the restored server.
    const asBefore = (api: ApiClient) => Object.assign(new ApiClient(restored.url), { cookie: api.cookie })
    const readers = courses.map((c) => connectYjsClient({ ...c, wsBase: restored.wsUrl }))
    clients.push(...readers)
    await Promise.all(readers.map((r) => r.synced()))
    const after = await observe(
      restored.url,
      [asBefore(demo.api), asBefore(coordinator)],
      courses.map((c) => c.courseId),
      readers,
    )
    expect(after.courses).toEqual(expect.arrayContaining(before.courses))
    expect(after.recordHashes).toEqual(expect.arrayContaining(before.recordHashes))
    expect(before.recordHashes).toHaveLength(meetings.meetings.length)
    expect(after.audit).toEqual(expect.arrayContaining(before.audit))
    for (const [courseId, keys] of before.keys) {
      expect(after.keys.get(courseId)).toEqual(expect.arrayContaining(keys))
      expect(keys.length).toBeGreaterThan(0)
    }
  })

  it('refuses to restore over existing data', async () => {
    const place = await backend.place()
    const server = await ServerProcess.start({ dataDir: place.dataDir, env: place.env })
    const file = path.join(folder(), 'bordenden.backup')
    await cli({ ...place.env, DATA_DIR: place.dataDir }, 'backup', '--to', file)
    await server.stop()
    const refused = await cli({ ...place.env, DATA_DIR: place.dataDir }, 'restore', '--from', file).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/restore only into an empty/) })
  })
})

/** Courses, record hashes, audit entries and document keys as the API and sync clients show them now. */
async function observe(
  base: string,
  apis: ApiClient[],
  writerCourses: string[],
  docs: YjsClient[],
): Promise<Seen> {
  const seen: Seen = { courses: [], recordHashes: [], audit: [], keys: new Map() }
  for (const api of apis) {
    const { body, status } = await api.request<{ courses: { courseId: string }[] }>('GET', '/api/courses')
    expect(status, `${base} /api/courses`).toBe(200)
    for (const { courseId } of body.courses) {
      seen.courses.push(courseId)
      const records = await api.request<{ records: { hash: string }[] }>('GET', `/api/records/${courseId}`)
      seen.recordHashes.push(...records.body.records.map((r) => r.hash))
      const audit = await api.request<{ entries: unknown[] }>('GET', `/api/courses/${courseId}/audit`)
      seen.audit.push(...audit.body.entries.map((e) => JSON.stringify(e)))
    }
  }
  writerCourses.forEach((courseId, i) => {
    seen.keys.set(courseId, Object.keys(contentOf(docs[i]?.doc ?? new Y.Doc())))
  })
  return seen
}
