import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { promisify } from 'node:util'
import { privateDocId } from '@bordenden/model'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { participantAccess } from '../support/course-editor.ts'
import { PostgresServer } from '../support/postgres.ts'
import { RedisServer } from '../support/redis.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, writtenKeys, type YjsClient } from '../support/yjs-client.ts'

const run = promisify(execFile)
/** Only the demo course names its citizen: what must be gone from every table and file. */
const CITIZEN = 'Jens Madsen'

let postgres: PostgresServer
let redis: RedisServer
beforeAll(async () => {
  ;[postgres, redis] = await Promise.all([PostgresServer.start(), RedisServer.start()])
}, 30_000)
afterAll(async () => {
  await Promise.all([postgres?.stop(), redis?.stop()])
})

const cleanup: (() => unknown)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

type Rows = Map<string, string[]>

interface Backend {
  name: string
  env(): Promise<Record<string, string>>
  /** Every row of every table, each as text (binary columns as Latin-1, so UTF-8 text shows through). */
  dump(server: ServerProcess, env: Record<string, string>): Promise<Rows>
}

const text = (row: Record<string, unknown>) =>
  JSON.stringify(row, (_key, value) =>
    value instanceof Uint8Array || (value && value.type === 'Buffer')
      ? Buffer.from(value instanceof Uint8Array ? value : value.data).toString('latin1')
      : value,
  )

const backends: Backend[] = [
  {
    name: 'SQLite',
    env: async () => ({}),
    async dump(server, _env) {
      const db = new DatabaseSync(path.join(server.dataDir, 'bordenden.sqlite'), { readOnly: true })
      try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string
        }[]
        return new Map(
          tables.map(({ name }) => [
            name,
            (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).map(text),
          ]),
        )
      } finally {
        db.close()
      }
    },
  },
  {
    name: 'PostgreSQL',
    env: async () => ({ DATABASE_URL: await postgres.createDatabase() }),
    async dump(_server, env) {
      const client = new pg.Client({ connectionString: env.DATABASE_URL })
      await client.connect()
      try {
        const { rows } = await client.query(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
        const dump: Rows = new Map()
        for (const { table_name } of rows) {
          dump.set(table_name, (await client.query(`SELECT * FROM "${table_name}"`)).rows.map(text))
        }
        return dump
      } finally {
        await client.end()
      }
    },
  },
]

describe.each(backends)('deleting a course with $name', (backend) => {
  const clients: YjsClient[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('leaves nothing of it in any table or Redis key, closes its boards and keeps a tombstone', async () => {
    const env = { ...(await backend.env()), REDIS_URL: redis.url, BORDENDEN_DEMO: '1' }
    const server = await ServerProcess.start({ env })
    cleanup.push(() => server.stop())
    const { api, courseId } = await server.demo()

    // Records, one of them approved (undeletable otherwise), a follow-up view, an open board.
    const { body } = await api.request<{ meetings: { id: string }[] }>(
      'GET',
      `/api/courses/${courseId}/meetings`,
    )
    for (const meeting of body.meetings) {
      const frozen = await api.request<{ record: { id: string; hash: string } }>(
        'POST',
        `/api/records/${courseId}`,
        {
          meetingId: meeting.id,
        },
      )
      expect(frozen.status).toBe(201)
    }
    const [first] = (
      await api.request<{ records: { id: string; hash: string }[] }>('GET', `/api/records/${courseId}`)
    ).body.records
    const approved = await api.request('POST', `/api/records/${courseId}/${first!.id}/approve`, {
      hash: first!.hash,
    })
    expect(approved.status).toBe(200)
    expect((await api.request('POST', `/api/follow-ups/${courseId}/seen`)).status).toBe(200)
    const board = connectYjsClient(await participantAccess(server, api, courseId))
    clients.push(board)
    const closeCodes: number[] = []
    board.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code)
    })
    await board.synced()
    const before = await backend.dump(server, env)
    expect([...before.values()].flat().some((row) => row.includes(CITIZEN))).toBe(true)

    // Step one says what goes; step two needs the title typed back.
    const summary = await api.request<{ title: string; records: number }>(
      'GET',
      `/api/courses/${courseId}/deletion`,
    )
    expect(summary.status).toBe(200)
    expect(summary.body.records).toBe(body.meetings.length)
    const wrong = await api.request('DELETE', `/api/courses/${courseId}`, { confirmTitle: 'et andet forløb' })
    expect(wrong.status).toBe(409)
    expect((await api.request('GET', `/api/courses/${courseId}`)).status).toBe(200)
    const deleted = await api.request<{ rows: number }>('DELETE', `/api/courses/${courseId}`, {
      confirmTitle: summary.body.title,
    })
    expect(deleted.status).toBe(200)

    // The open board is told to forget the course (a permanent close: the client drops its offline copy).
    await waitFor('the board closed with 4404', () => closeCodes.includes(4404))
    expect((await api.request('GET', `/api/courses/${courseId}`)).status).toBe(403)

    const after = await backend.dump(server, env)
    for (const [table, rows] of after) {
      for (const row of rows) {
        expect(row, `${table} keeps the citizen`).not.toContain(CITIZEN)
        if (table !== 'audit_log') expect(row, `${table} keeps the course`).not.toContain(courseId)
      }
    }
    // The audit log keeps what happened, with the deletion itself as a tombstone: ids and counts only.
    const tombstones = (after.get('audit_log') ?? []).filter((row) => row.includes('course.deleted'))
    expect(tombstones).toHaveLength(1)
    expect(tombstones[0]).toContain(courseId)
    expect(tombstones[0]).toContain('coordinator')
    expect(after.get('audit_log')?.length).toBeGreaterThan(before.get('audit_log')?.length ?? 0)

    const { stdout } = await run('/usr/bin/redis-cli', ['-p', String(redis.port), '--scan'])
    expect(stdout).not.toContain(courseId)

    if (backend.name === 'SQLite') {
      // Not in the files either: deleted bytes are overwritten, the WAL is emptied on the way out.
      await server.kill('SIGTERM')
      for (const file of readdirSync(server.dataDir)) {
        expect(readFileSync(path.join(server.dataDir, file)).includes(CITIZEN), file).toBe(false)
      }
    }
  })

  it('deletes a course closed longer than RETENTION_DAYS at start, and keeps one still within it', async () => {
    const base = { ...(await backend.env()), BORDENDEN_DEMO: '0' }
    const server = await ServerProcess.start({ env: { ...base, RETENTION_DAYS: '1' } })
    cleanup.push(() => server.stop())
    const api = await server.coordinator()
    const open = (await server.course('løber stadig')).courseId
    const closed = (await server.course('lukket')).courseId
    const closing = await api.request('POST', `/api/lifecycle/${closed}/close`, {
      services: [],
      lifeline: { name: 'Mormor' },
      note: 'afsluttet',
    })
    expect(closing.status).toBe(200)
    await server.waitForLog((l) => l.msg === 'retention run')

    // A day is not over: both stay. With a period of 0 days, the closed one goes at the next start.
    await server.restart()
    await waitFor(
      'the run at restart',
      () => server.logs.filter((l) => l.msg === 'retention run').length === 2,
    )
    expect(server.logs.filter((l) => l.msg === 'retention run').map((l) => l.deleted)).toEqual([0, 0])
    const retained = (await api.request<{ courses: { courseId: string }[] }>('GET', '/api/courses')).body
      .courses
    expect(retained.map((c) => c.courseId)).toEqual(expect.arrayContaining([open, closed]))

    await server.kill('SIGTERM')
    const shorter = await ServerProcess.start({
      dataDir: server.dataDir,
      env: { ...base, RETENTION_DAYS: '0' },
    })
    cleanup.push(() => shorter.stop())
    await shorter.waitForLog((l) => l.msg === 'retention run' && l.deleted === 1)
    const left = await backend.dump(shorter, base)
    expect(left.get('courses')?.join()).not.toContain(closed)
    expect(left.get('courses')?.join()).toContain(open)
    expect(left.get('doc_updates')?.join()).not.toContain(closed)
    // The leftover sweep at start keeps the documents of every course, its coordinator-only one too.
    const documents = [...(left.get('doc_updates') ?? []), ...(left.get('doc_snapshots') ?? [])].join()
    expect(documents).toContain(privateDocId(open))
    const tombstone = left.get('audit_log')?.find((row) => row.includes('course.deleted'))
    expect(tombstone).toContain('retention')
  })

  it('lets an admin delete a course by command, after a first run that only says what would go', async () => {
    const env = { ...(await backend.env()), BORDENDEN_DEMO: '0' }
    const server = await ServerProcess.start({ env })
    cleanup.push(() => server.stop())
    const { courseId } = await server.course('til sletning')
    const dryRun = await server.cli('delete-course', '--course', courseId)
    expect(dryRun).toContain(`--confirm ${courseId}`)
    expect((await backend.dump(server, env)).get('courses')?.join()).toContain(courseId)
    expect(await server.cli('delete-course', '--course', courseId, '--confirm', courseId)).toContain(
      'deleted course',
    )
    const after = await backend.dump(server, env)
    expect(after.get('courses')?.join()).not.toContain(courseId)
    expect(after.get('audit_log')?.find((row) => row.includes('course.deleted'))).toContain('admin')
  })
})

describe('deleting a course that another process holds open', () => {
  const clients: YjsClient[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('closes its boards there, and the leftover sweep removes what that process wrote back', async () => {
    // ROOM_GRACE_MS=0: b unloads the room (and writes it back) as soon as its board closes.
    const env = {
      DATABASE_URL: await postgres.createDatabase(),
      REDIS_URL: redis.url,
      BORDENDEN_DEMO: '0',
      ROOM_GRACE_MS: '0',
    }
    const a = await ServerProcess.start({ env })
    cleanup.push(() => a.stop())
    const b = await ServerProcess.start({ env })
    cleanup.push(() => b.stop())
    const course = await a.course('to processer')
    const board = connectYjsClient({ ...course, wsBase: b.wsUrl })
    clients.push(board)
    const closeCodes: number[] = []
    board.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code)
    })
    await board.synced()
    for (let n = 0; n < 5; n++) board.doc.getMap('meta').set(`key-${n}`, n)
    const witness = connectYjsClient(course)
    clients.push(witness)
    await waitFor('the edits stored', () => writtenKeys(witness.doc) === 5)
    witness.destroy()

    const api = await a.coordinator()
    const { title } = (
      await api.request<{ title: string }>('GET', `/api/courses/${course.courseId}/deletion`)
    ).body
    expect(
      (await api.request('DELETE', `/api/courses/${course.courseId}`, { confirmTitle: title })).status,
    ).toBe(200)
    // Process b hears of it through its revocation sweep: the link is gone, so its board closes (final).
    await waitFor('the board on the other process closed with 4001', () => closeCodes.includes(4001))
    await b.waitForLog((l) => l.msg === 'room unloaded' && l.docId === course.courseId)
    const docRows = async () => {
      const rows = await backends[1]!.dump(b, env)
      return [...(rows.get('doc_updates') ?? []), ...(rows.get('doc_snapshots') ?? [])].filter((row) =>
        row.includes(course.courseId),
      )
    }
    // Unloading, b compacted the room it held and so wrote the document back, without a course.
    expect((await docRows()).length).toBeGreaterThan(0)
    await a.restart() // the sweep runs at start, and hourly
    await waitFor('the leftovers deleted', async () => (await docRows()).length === 0)
  })
})
