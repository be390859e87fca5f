import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { storageBackends } from '../support/storage-backends.ts'

/** The storage contract, run against both implementations: the embedded SQLite and PostgreSQL. */
const { sqlite, postgresql } = storageBackends()

const bytes = (...values: number[]) => Uint8Array.from(values)
const update = (docId: string, ...values: number[]) => ({
  docId,
  update: bytes(...values),
  actor: 'test',
  at: 1,
})
/** A real Yjs update that sets `key` (compaction merges real updates). */
function yUpdate(key: string, value: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}
function docOf(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }) {
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const u of stored.updates) Y.applyUpdate(doc, u)
  return doc.getMap('m').toJSON()
}

describe.each([sqlite, postgresql])('$name storage', (backend) => {
  it('appends updates in order and loads them per document', async () => {
    const { storage } = await backend.fresh()
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
    const { storage } = await backend.fresh()
    const [first, second] = await storage.appendUpdates([
      { ...update('a'), update: yUpdate('one', 1) },
      { ...update('a'), update: yUpdate('two', 2) },
    ])
    const [third] = await storage.appendUpdates([{ ...update('a'), update: yUpdate('three', 3) }])
    const state = new Y.Doc()
    state.getMap('m').set('one', 1)
    state.getMap('m').set('two', 2)
    await storage.compact('a', Y.encodeStateAsUpdate(state), second!)
    const loaded = await storage.loadDoc('a')
    expect(loaded.snapshot).not.toBeNull()
    expect(loaded.updates).toHaveLength(1)
    expect(loaded.lastSeq).toBe(third)
    expect(docOf(loaded)).toEqual({ one: 1, two: 2, three: 3 })
    // an older compaction arriving late never replaces a newer snapshot
    await storage.compact('a', yUpdate('stale', 0), first!)
    expect(docOf(await storage.loadDoc('a'))).toEqual({ one: 1, two: 2, three: 3 })
    expect(await storage.storedBytes('a')).toBeGreaterThan(0)
  })

  it('survives reopening and does not rerun migrations', async () => {
    const { storage, again } = await backend.fresh()
    await storage.appendUpdates([update('a', 1)])
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 5 })
    await storage.close()
    const second = await again()
    expect((await second.loadDoc('a')).updates).toEqual([bytes(1)])
    expect(await second.listCourses()).toEqual([{ id: 'c1', title: 'Forløb', createdAt: 5 }])
  })

  it('rolls back a batch that fails part-way', async () => {
    const { storage } = await backend.fresh()
    const bad = { docId: 'a', update: bytes(2), actor: null as unknown as string, at: 1 }
    await expect(storage.appendUpdates([update('a', 1), bad])).rejects.toThrow()
    expect((await storage.loadDoc('a')).updates).toEqual([])
  })

  it('refuses changing or deleting the audit log, in the database itself', async () => {
    const { storage, sql } = await backend.fresh()
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
    await storage.audit.append({
      at: 1,
      actor: 'cli',
      action: 'course.opened',
      courseId: 'c1',
      ip: null,
      detail: {},
    })
    await expect(sql(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/)
    await expect(sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    expect((await storage.audit.forCourse('c1', 10)).map((e) => e.actor)).toEqual(['cli'])
  })

  it('stores accounts, sessions and share links with the same meaning', async () => {
    const { storage } = await backend.fresh()
    const { accounts } = storage
    await storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
    await accounts.createUser({
      id: 'u1',
      email: 'Anne@Kommune.dk',
      name: 'Anne',
      role: 'coordinator',
      passwordHash: 'x',
      createdAt: 1,
      disabledAt: null,
    })
    expect((await accounts.userByEmail('anne@kommune.dk'))?.id).toBe('u1')
    await accounts.createSession({ id: 's1', userId: 'u1', createdAt: 1, expiresAt: 10 })
    await accounts.createSession({ id: 's2', userId: 'u1', createdAt: 2, expiresAt: 10 })
    expect(await accounts.deleteUserSessions('u1', 's2')).toEqual(['s1'])
    expect((await accounts.listSessions()).map((s) => s.id)).toEqual(['s2'])
    await accounts.addMember('c1', 'u1', 'owner', 1)
    expect(await accounts.coursesOf('u1')).toEqual([{ courseId: 'c1', title: 'Forløb', role: 'owner' }])
    const link = {
      id: 'l1',
      courseId: 'c1',
      kind: 'viewer' as const,
      label: 'skærm',
      meetingId: null,
      personId: null,
      createdBy: 'user:u1',
      createdAt: 1,
      expiresAt: null,
      revokedAt: null,
      editFrom: null,
      editUntil: null,
      showPresence: true,
    }
    await accounts.createShareLink(link)
    expect(await accounts.shareLinkById('l1')).toEqual(link)
    expect(await accounts.revokeShareLink('l1', 5)).toBe(true)
    expect(await accounts.revokeShareLink('l1', 6)).toBe(false)
    await accounts.markSeen('u1', 'c1', 7)
    expect(await accounts.lastSeen('u1', 'c1')).toBe(7)
  })
})

// Only PostgreSQL is shared by several server processes.
describe('PostgreSQL storage shared by two processes', () => {
  it('loses no update when two processes compact the same document', async () => {
    const { storage: one, again } = await postgresql.fresh()
    const two = await again()
    // Process one has seen only its own update; process two appended one that has not reached it yet.
    const [mine] = await one.appendUpdates([{ ...update('d'), update: yUpdate('mine', 1) }])
    const [theirs] = await two.appendUpdates([{ ...update('d'), update: yUpdate('theirs', 2) }])
    await Promise.all([
      one.compact('d', yUpdate('mine', 1), Math.max(mine!, theirs!)),
      two.compact('d', yUpdate('theirs', 2), theirs!),
    ])
    expect(docOf(await one.loadDoc('d'))).toEqual({ mine: 1, theirs: 2 })
  })
})
