import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'

/** Durable-write latencies run from well under a millisecond (tmpfs) to seconds (a struggling disk). */
const WRITE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

/**
 * The Prometheus metrics of one process: Node's own (event-loop lag, memory, CPU, handles) and
 * Bordenden's (open rooms, sockets per role, sync traffic, refusals, storage write latency). Counters
 * are read from the rooms' `traffic` at scrape time, so nothing here runs per message.
 */
export function createMetrics(rooms: RoomRegistry, storage: Storage): Registry {
  const registry = new Registry()
  const syncTraffic = rooms.traffic
  collectDefaultMetrics({ register: registry })

  new Gauge({
    name: 'bordenden_rooms_open',
    help: 'Course documents loaded in this process',
    registers: [registry],
    collect() {
      this.set(rooms.openRooms)
    },
  })
  new Gauge({
    name: 'bordenden_sockets_open',
    help: 'Open sync websockets, by role (editor or viewer)',
    labelNames: ['role'],
    registers: [registry],
    collect() {
      for (const [role, count] of Object.entries(syncTraffic.socketsOpen)) this.set({ role }, count)
    },
  })
  const total = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset()
        this.inc(read())
      },
    })
  total(
    'bordenden_sync_updates_received_total',
    'Document updates accepted from editors',
    () => syncTraffic.updatesReceived,
  )
  total(
    'bordenden_sync_bytes_received_total',
    'Bytes of sync frames received',
    () => syncTraffic.bytesReceived,
  )
  total('bordenden_sync_messages_sent_total', 'Sync frames sent to clients', () => syncTraffic.messagesSent)
  total(
    'bordenden_sync_bytes_sent_total',
    'Bytes of sync frames sent to clients',
    () => syncTraffic.bytesSent,
  )
  new Counter({
    name: 'bordenden_sync_refused_total',
    help: 'Websocket upgrades refused before any document byte, by reason',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      this.reset()
      for (const [reason, count] of syncTraffic.refused) this.inc({ reason }, count)
    },
  })
  new Counter({
    name: 'bordenden_sync_closed_total',
    help: 'Sockets closed by the server, by close code (1007 invalid, 1009 too large, 1013 slow reader, 4001 revoked, …)',
    labelNames: ['code'],
    registers: [registry],
    collect() {
      this.reset()
      for (const [code, count] of syncTraffic.closed) this.inc({ code: String(code) }, count)
    },
  })

  timeWrites(storage, registry)
  return registry
}

/**
 * Times the store's durable writes: appends and compactions as their callers wait for them (queueing,
 * statements and commit), and every commit on its own (the fsync), as the storage code reports it.
 */
function timeWrites(storage: Storage, registry: Registry) {
  const append = new Histogram({
    name: 'bordenden_storage_append_seconds',
    help: 'Time to make one batch of updates durable (transaction, commit and fsync)',
    buckets: WRITE_BUCKETS,
    registers: [registry],
  })
  const compact = new Histogram({
    name: 'bordenden_storage_compact_seconds',
    help: 'Time to replace a document log by a snapshot (durable)',
    buckets: WRITE_BUCKETS,
    registers: [registry],
  })
  const commit = new Histogram({
    name: 'bordenden_storage_commit_seconds',
    help: 'Time of the COMMIT of a storage write: the fsync that makes it durable',
    buckets: WRITE_BUCKETS,
    registers: [registry],
  })
  storage.commits.listen((seconds) => commit.observe(seconds))
  const appendUpdates = storage.appendUpdates.bind(storage)
  const compactDoc = storage.compact.bind(storage)
  storage.appendUpdates = async (updates) => {
    const done = append.startTimer()
    try {
      return await appendUpdates(updates)
    } finally {
      done()
    }
  }
  storage.compact = async (docId, state, throughSeq) => {
    const done = compact.startTimer()
    try {
      await compactDoc(docId, state, throughSeq)
    } finally {
      done()
    }
  }
}
