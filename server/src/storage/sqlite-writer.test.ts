import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteStorage } from './sqlite.ts'

// The writer thread's replies can be taken between socket messages, without the event loop turning:
// under overload the loop's poll phase reads sockets for hundreds of milliseconds at a time.

let dir = ''
let storage: SqliteStorage

afterEach(async () => {
  await storage.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Blocks this thread (the event loop does not turn) for `ms`. */
const block = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

describe('the SQLite writer', () => {
  it('hands over a committed write while the event loop is busy', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'writer-'))
    storage = new SqliteStorage({ dataDir: dir })
    // The first write starts the thread and opens its connection.
    await storage.appendUpdates([{ docId: 'course-1', update: Uint8Array.of(0, 0), actor: 'a', at: 1 }])

    let stored: number[] | null = null
    const write = storage.appendUpdates([
      { docId: 'course-1', update: Uint8Array.of(0, 0), actor: 'a', at: 2 },
    ])
    void write.then((seqs) => {
      stored = seqs
    })
    // Without returning to the event loop: its reply is taken as soon as the thread has committed.
    let taken = false
    for (let waited = 0; !taken && waited < 30_000; waited += 10) {
      block(10)
      storage.takeCommitted()
      await Promise.resolve() // a microtask checkpoint, as after each socket message; no macrotask runs
      await Promise.resolve()
      taken = stored !== null
    }
    expect(stored).toEqual([2])
    expect(await write).toEqual([2])
  })
})
