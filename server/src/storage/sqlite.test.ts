import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteStorage } from './sqlite.ts'

const dirs: string[] = []
const fresh = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-sqlite-'))
  dirs.push(dir)
  return new SqliteStorage({ dataDir: dir })
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
const bytes = (...values: number[]) => Uint8Array.from(values)
const update = (docId: string, ...values: number[]) => ({
  docId,
  update: bytes(...values),
  actor: 'test',
  at: 1,
})

describe('SQLite storage', () => {
  it('appends updates in order and loads them per document', async () => {
    const storage = fresh()
    const seqs = await storage.appendUpdates([update('a', 1), update('b', 2), update('a', 3)])
    expect(seqs).toHaveLength(3)
    expect(seqs[0]! < seqs[2]!).toBe(true)
    const a = await storage.loadDoc('a')
    expect(a.snapshot).toBeNull()
    expect(a.updates).toEqual([bytes(1), bytes(3)])
    expect(a.lastSeq).toBe(seqs[2])
    expect((await storage.loadDoc('missing')).lastSeq).toBe(0)
  })

  it('compacts through a sequence number and keeps later updates', async () => {
    const storage = fresh()
    const [first, second] = await storage.appendUpdates([update('a', 1), update('a', 2)])
    const [third] = await storage.appendUpdates([update('a', 3)])
    await storage.compact('a', bytes(9, 9), second!)
    const loaded = await storage.loadDoc('a')
    expect(loaded.snapshot).toEqual(bytes(9, 9))
    expect(loaded.updates).toEqual([bytes(3)])
    expect(loaded.lastSeq).toBe(third)
    // an older compaction arriving late never replaces a newer snapshot
    await storage.compact('a', bytes(1), first!)
    expect((await storage.loadDoc('a')).snapshot).toEqual(bytes(9, 9))
    expect(await storage.storedBytes('a')).toBe(3)
  })

  it('survives reopening and does not rerun migrations', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-sqlite-'))
    dirs.push(dir)
    const first = new SqliteStorage({ dataDir: dir })
    await first.appendUpdates([update('a', 1)])
    await first.createCourse({ id: 'c1', title: 'Forløb', createdAt: 5 })
    await first.close()
    const second = new SqliteStorage({ dataDir: dir })
    expect((await second.loadDoc('a')).updates).toEqual([bytes(1)])
    expect(await second.listCourses()).toEqual([{ id: 'c1', title: 'Forløb', createdAt: 5 }])
    await second.close()
  })

  it('rolls back a batch that fails part-way', async () => {
    const storage = fresh()
    const bad = { docId: 'a', update: bytes(2), actor: null as unknown as string, at: 1 }
    await expect(storage.appendUpdates([update('a', 1), bad])).rejects.toThrow()
    expect((await storage.loadDoc('a')).updates).toEqual([])
  })
})
