import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import * as Y from 'yjs'
import { prepareRooms } from '../lib/access.ts'
import { generateYearLongCourse } from '../lib/coursedoc.ts'
import { LoadGen } from '../lib/loadgens.ts'
import type { BenchServer } from '../lib/servers.ts'
import { round, sleep } from '../lib/time.ts'
import { varUintSize, writeVarUint } from '../lib/wire.ts'

export interface ColdOpenFixture {
  dir: string
  updatesFile: string
  stateFile: string
  updates: number
  updateBytes: number
  compactedBytes: number
  counts: ReturnType<typeof generateYearLongCourse>['counts']
}

/** Generates the year-long course once per benchmark run. */
export function coldOpenFixture(): ColdOpenFixture {
  const course = generateYearLongCourse()
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-course-'))
  const total = course.updates.reduce((a, u) => a + varUintSize(u.length) + u.length, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const u of course.updates) {
    at = writeVarUint(out, at, u.length)
    out.set(u, at)
    at += u.length
  }
  const updatesFile = path.join(dir, 'updates.bin')
  const stateFile = path.join(dir, 'state-vector.bin')
  writeFileSync(updatesFile, out)
  writeFileSync(stateFile, Y.encodeStateVector(course.doc))
  return {
    dir,
    updatesFile,
    stateFile,
    updates: course.updates.length,
    updateBytes: course.updates.reduce((a, u) => a + u.length, 0),
    compactedBytes: Y.encodeStateAsUpdate(course.doc).length,
    counts: course.counts,
  }
}

export function removeFixture(f: ColdOpenFixture) {
  rmSync(f.dir, { recursive: true, force: true })
}

export interface ColdOpenResult {
  seedMs: number
  /** Times the server closed the seeding connection (Bordenden: over its update budget). */
  seedReconnects: number
  /** Server's own load time (from its log), connect → socket open / sync step 2 / whole document. */
  serverLoadMs: number | null
  /** The same once more after the document was unloaded again: the process is warm (JIT, caches). */
  serverReloadMs: number | null
  reopenCompleteMs: number | null
  openMs: number
  syncStep2Ms: number
  completeMs: number
  bytesIn: number
  bytesOut: number
  framesIn: number
  /** Bytes of the document's blobs in the database (where it has blobs). */
  docBlobBytes: number | null
  /**
   * Every file in the server's data folder once it stopped: the database files with their -wal/-shm (or
   * journal, or LevelDB's log and tables): what the course costs on disk. Ratio to the compacted state.
   */
  storedBytes: number | null
  storedRatio: number | null
  /** The files counted in storedBytes, with their sizes. */
  storedFiles: Record<string, number> | null
  error: string | null
}

/** Every file below `dir` with its size, by its path relative to `dir`. */
function filesIn(dir: string, under = ''): Record<string, number> {
  const files: Record<string, number> = {}
  for (const entry of readdirSync(path.join(dir, under), { withFileTypes: true })) {
    const name = path.join(under, entry.name)
    if (entry.isDirectory()) Object.assign(files, filesIn(dir, name))
    else files[name] = statSync(path.join(dir, name)).size
  }
  return files
}

function storedDocBytes(server: BenchServer, docName: string): number | null {
  const query = (file: string, sql: string, ...params: string[]) => {
    const db = new DatabaseSync(file, { readOnly: true })
    try {
      return Number((db.prepare(sql).get(...params) as { bytes: number | null }).bytes ?? 0)
    } finally {
      db.close()
    }
  }
  if (server.spec.id === 'bordenden') {
    return query(
      path.join(server.dataDir, 'bordenden.sqlite'),
      `SELECT (SELECT COALESCE(SUM(LENGTH(data)), 0) FROM doc_updates WHERE doc_id = ?)
            + (SELECT COALESCE(SUM(LENGTH(state)), 0) FROM doc_snapshots WHERE doc_id = ?) AS bytes`,
      docName,
      docName,
    )
  }
  if (server.spec.id === 'hocuspocus') {
    return query(
      path.join(server.dataDir, 'hocuspocus.sqlite'),
      'SELECT SUM(LENGTH(data)) AS bytes FROM documents WHERE name = ?',
      docName,
    )
  }
  return null
}

/** Seeds the year-long course edit by edit, restarts the server, and opens it from storage. */
export async function coldOpen(server: BenchServer, fixture: ColdOpenFixture): Promise<ColdOpenResult> {
  const access = (await prepareRooms(server, ['year'])).get('year')
  const url = access?.urls[0]
  if (!access || !url) throw new Error('no access')
  const seeder = new LoadGen()
  let seedMs = 0
  let seedReconnects = 0
  try {
    seeder.send({
      cmd: 'seed',
      url,
      dialect: server.spec.dialect,
      docName: access.docName,
      updatesFile: fixture.updatesFile,
    })
    const seeded = await seeder.next('seeded', 600_000)
    seedMs = seeded.ms
    seedReconnects = seeded.reconnects
  } finally {
    await seeder.exit()
  }
  await sleep(800) // the last client left: each server unloads (and compacts or stores) the document
  let docBlobBytes: number | null = null
  let storedBytes: number | null = null
  let storedFiles: Record<string, number> | null = null
  const logFrom = server.logs.length
  if (server.spec.persistent) {
    await server.kill()
    docBlobBytes = storedDocBytes(server, access.docName)
    storedFiles = filesIn(server.dataDir)
    storedBytes = Object.values(storedFiles).reduce((a, b) => a + b, 0)
    await server.spawn()
  }
  const opener = new LoadGen()
  try {
    opener.send({
      cmd: 'open',
      url,
      dialect: server.spec.dialect,
      docName: access.docName,
      stateFile: fixture.stateFile,
    })
    const opened = await opener.next('opened', 120_000)
    await sleep(800) // the client left: the document is unloaded again
    const reloadFrom = server.logs.length
    opener.send({
      cmd: 'open',
      url,
      dialect: server.spec.dialect,
      docName: access.docName,
      stateFile: fixture.stateFile,
    })
    const reopened = await opener.next('opened', 120_000)
    await sleep(200)
    const loadLine = (from: number) =>
      server.logs
        .slice(from)
        .find((l) => (l.msg === 'room loaded' || l.msg === 'doc loaded') && l.docId === access.docName)
    const loaded = server.logs
      .slice(logFrom, reloadFrom)
      .find((l) => (l.msg === 'room loaded' || l.msg === 'doc loaded') && l.docId === access.docName)
    const reloaded = loadLine(reloadFrom)
    return {
      seedMs: Math.round(seedMs),
      seedReconnects,
      serverLoadMs: server.spec.persistent && loaded ? (round(Number(loaded.ms), 2) as number) : null,
      serverReloadMs: server.spec.persistent && reloaded ? (round(Number(reloaded.ms), 2) as number) : null,
      reopenCompleteMs: reopened.error ? null : round(reopened.completeMs),
      openMs: round(opened.openMs) as number,
      syncStep2Ms: round(opened.syncStep2Ms) as number,
      completeMs: round(opened.completeMs) as number,
      bytesIn: opened.bytesIn,
      bytesOut: opened.bytesOut,
      framesIn: opened.framesIn,
      docBlobBytes,
      storedBytes,
      storedRatio: storedBytes === null ? null : round(storedBytes / fixture.compactedBytes, 2),
      storedFiles,
      error: opened.error,
    }
  } finally {
    await opener.exit()
  }
}
