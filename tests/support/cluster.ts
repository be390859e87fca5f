import { PostgresStorage } from '@bordenden/server'
import { afterAll, afterEach, beforeAll } from 'vitest'
import * as Y from 'yjs'
import { PostgresServer } from './postgres.ts'
import { RedisServer } from './redis.ts'
import { type CourseAccess, ServerProcess } from './server.ts'
import { waitFor } from './wait.ts'
import { connectYjsClient, type YjsClient } from './yjs-client.ts'

/** Several real server processes on one PostgreSQL database and one Redis, serving the same course. */
export class Cluster {
  readonly servers: ServerProcess[]
  readonly databaseUrl: string
  /** The course, with an editing link; `via(i)` reaches it through server i. */
  readonly course: CourseAccess

  private constructor(servers: ServerProcess[], databaseUrl: string, course: CourseAccess) {
    this.servers = servers
    this.databaseUrl = databaseUrl
    this.course = course
  }

  static async start(
    size: number,
    backends: { postgres: PostgresServer; redis: RedisServer },
    env: Record<string, string> = {},
  ): Promise<Cluster> {
    const databaseUrl = await backends.postgres.createDatabase()
    const shared = { DATABASE_URL: databaseUrl, REDIS_URL: backends.redis.url, ...env }
    // The first process migrates the new database; the others start together.
    const first = await ServerProcess.start({ env: shared })
    const rest = await Promise.all(
      Array.from({ length: size - 1 }, () => ServerProcess.start({ env: shared })),
    )
    const course = await first.course('scale')
    return new Cluster([first, ...rest], databaseUrl, course)
  }

  via(index: number): CourseAccess {
    const server = this.servers[index]
    if (!server) throw new Error(`no server ${index}`)
    return { ...this.course, wsBase: server.wsUrl }
  }

  /** The course document exactly as PostgreSQL holds it (snapshot plus log). */
  async stored(): Promise<Y.Doc> {
    const storage = await PostgresStorage.connect({ url: this.databaseUrl })
    try {
      const stored = await storage.loadDoc(this.course.courseId)
      const doc = new Y.Doc()
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
      return doc
    } finally {
      await storage.close()
    }
  }

  async stop() {
    await Promise.all(this.servers.map((s) => s.stop()))
  }
}

/**
 * For a test file: one PostgreSQL and one Redis for all its tests, and a fresh cluster (own database)
 * per test, stopped after it together with the clients it connected.
 */
export function startCluster() {
  let backends: { postgres: PostgresServer; redis: RedisServer } | undefined
  let cluster: Cluster | undefined
  const clients: YjsClient[] = []
  beforeAll(async () => {
    const [postgres, redis] = await Promise.all([PostgresServer.start(), RedisServer.start()])
    backends = { postgres, redis }
  }, 60_000)
  afterAll(async () => {
    await Promise.all([backends?.postgres.stop(), backends?.redis.stop()])
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await cluster?.stop()
    cluster = undefined
  })
  const started = () => {
    if (!backends) throw new Error('startCluster: PostgreSQL and Redis are not started yet')
    return backends
  }
  return {
    get postgres() {
      return started().postgres
    },
    get redis() {
      return started().redis
    },
    async start(size: number): Promise<Cluster> {
      cluster = await Cluster.start(size, started())
      return cluster
    },
    /** A y-websocket client through server `index` (on `doc`, to reconnect one), destroyed after the test. */
    connect(c: Cluster, index: number, doc?: Y.Doc): YjsClient {
      const client = connectYjsClient(c.via(index), doc)
      clients.push(client)
      return client
    },
  }
}

/** Sets `count` keys `${prefix}-n`, one every `intervalMs`, as a person typing would. */
export async function editBurst(client: YjsClient, prefix: string, count: number, intervalMs = 2) {
  for (let n = 0; n < count; n++) {
    client.doc.getMap('meta').set(`${prefix}-${n}`, n)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

const stateVector = (doc: Y.Doc) =>
  [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b)

/** Waits until every document has the same state vector (they hold exactly the same updates). */
export async function converged(docs: Y.Doc[], timeoutMs = 60_000): Promise<void> {
  await waitFor(
    'documents to converge',
    () => {
      const first = JSON.stringify(stateVector(docs[0] as Y.Doc))
      return docs.every((d) => JSON.stringify(stateVector(d)) === first)
    },
    timeoutMs,
  )
}

export const sameUpdates = (a: Y.Doc, b: Y.Doc) =>
  JSON.stringify(stateVector(a)) === JSON.stringify(stateVector(b))
