import type { Storage } from '@bordenden/server'
import { describe, expect, it } from 'vitest'
import { type Backend, storageBackends } from '../support/storage-backends.ts'

/**
 * An agreement record's guarantees, enforced by the database itself for any writer (a script, a
 * console, a bug in a route), tried with plain SQL against both stores.
 */
const { sqlite, postgresql } = storageBackends()

type AgreementRecord = Parameters<Storage['records']['insertRecord']>[0]

const draft = (id: string, version = 1): AgreementRecord => ({
  id,
  courseId: 'c1',
  meetingId: 'm1',
  version,
  status: 'draft',
  content: { agreements: ['Anne ringer til jobcentret'] } as never,
  canvas: [],
  images: { network: '<svg/>', goals: '<svg/>' },
  hash: `hash-${id}`,
  changes: [],
  createdAt: 1,
  createdBy: 'user:1',
  approvedAt: null,
  approvedBy: null,
  approvalMethod: null,
  sentAt: null,
  sentBy: null,
  sentTo: [],
})

async function withCourse(backend: Backend) {
  const store = await backend.fresh()
  await store.storage.createCourse({ id: 'c1', title: 'Forløb', createdAt: 1 })
  return store
}

const approve = (storage: Storage, id: string, hash = `hash-${id}`) =>
  storage.records.approve(id, { hash, at: 2, by: 'citizen:1', method: 'citizenLink' })

/** Every column of an approved record, each set to something else. */
const everyColumn = [
  "id = 'r9'",
  "course_id = 'c2'",
  "meeting_id = 'm2'",
  'version = 7',
  "status = 'draft'",
  "content = '{}'",
  "canvas = '[1]'",
  "images = '{}'",
  "hash = 'forged'",
  `changes = '[{"kind":"added"}]'`,
  'created_at = 99',
  "created_by = 'someone else'",
  'approved_at = 99',
  "approved_by = 'someone else'",
  "approval_method = 'inPerson'",
  'sent_at = 99',
  "sent_by = 'someone else'",
  `sent_to = '["someone else"]'`,
]
const sendR1 = `status = 'sent', sent_at = 5, sent_by = 'user:1', sent_to = '["Lise"]'`

describe.each([sqlite, postgresql])('$name: agreement records in the database', (backend) => {
  it('fixes every column of an approved record; deleting it is refused', async () => {
    const { storage, sql } = await withCourse(backend)
    await storage.records.insertRecord(draft('r1'))
    expect(await approve(storage, 'r1')).toBe(true)
    const approved = await storage.records.recordById('r1')
    for (const change of everyColumn) {
      await expect(sql(`UPDATE records SET ${change} WHERE id = 'r1'`), change).rejects.toThrow(
        /approved record cannot be changed/,
      )
    }
    // The move to 'sent' must not carry any other change with it, nor leave the sent fields empty.
    await expect(sql(`UPDATE records SET ${sendR1}, approved_by = 'forger' WHERE id = 'r1'`)).rejects.toThrow(
      /cannot be changed/,
    )
    await expect(sql(`UPDATE records SET ${sendR1}, content = '{}' WHERE id = 'r1'`)).rejects.toThrow(
      /cannot be changed/,
    )
    await expect(sql(`UPDATE records SET status = 'sent' WHERE id = 'r1'`)).rejects.toThrow(
      /cannot be changed/,
    )
    await expect(sql(`DELETE FROM records WHERE id = 'r1'`)).rejects.toThrow(/cannot be deleted/)
    expect(await storage.records.recordById('r1')).toEqual(approved)
  })

  it('lets an approved record be sent once, and then changes it no more', async () => {
    const { storage, sql } = await withCourse(backend)
    await storage.records.insertRecord(draft('r1'))
    await approve(storage, 'r1')
    expect(await storage.records.markSent('r1', 4, 'user:1', ['journal@kommune.dk'])).toBe(true)
    const sent = await storage.records.recordById('r1')
    expect(sent).toMatchObject({
      status: 'sent',
      hash: 'hash-r1',
      approvedBy: 'citizen:1',
      sentAt: 4,
      sentTo: ['journal@kommune.dk'],
    })
    expect(await storage.records.markSent('r1', 5, 'user:2', ['someone else'])).toBe(false)
    for (const change of [...everyColumn, "status = 'approved'", sendR1]) {
      await expect(sql(`UPDATE records SET ${change} WHERE id = 'r1'`), change).rejects.toThrow(
        /approved record cannot be changed/,
      )
    }
    await expect(sql(`DELETE FROM records WHERE id = 'r1'`)).rejects.toThrow(/cannot be deleted/)
    expect(await storage.records.recordById('r1')).toEqual(sent)
  })

  it('approves only the content the citizen saw, as it stands', async () => {
    const { storage, sql } = await withCourse(backend)
    await storage.records.insertRecord(draft('r1'))
    // A draft is refreshed while it is a draft; the citizen saw the old hash.
    expect(await storage.records.replaceDraft({ ...draft('r1'), hash: 'hash-refreshed' })).toBe(true)
    expect(await approve(storage, 'r1', 'hash-r1')).toBe(false)
    expect(await storage.records.recordById('r1')).toMatchObject({ status: 'draft', approvedAt: null })
    // Approving while changing the content in the same statement, or sending a draft, is refused.
    await expect(
      sql(
        `UPDATE records SET status = 'approved', approved_at = 2, approved_by = 'x', approval_method = 'inMeeting',
           content = '{}' WHERE id = 'r1'`,
      ),
    ).rejects.toThrow(/draft is only refreshed, or approved as it stands/)
    await expect(sql(`UPDATE records SET ${sendR1} WHERE id = 'r1'`)).rejects.toThrow(/draft is only/)
    await expect(sql(`UPDATE records SET status = 'approved' WHERE id = 'r1'`)).rejects.toThrow(
      /draft is only/,
    )
    await expect(sql(`UPDATE records SET version = 2 WHERE id = 'r1'`)).rejects.toThrow(/draft is only/)

    expect(await approve(storage, 'r1', 'hash-refreshed')).toBe(true)
    expect(await approve(storage, 'r1', 'hash-refreshed')).toBe(false)
    // A freeze that read the draft before it was approved cannot overwrite it any more.
    expect(await storage.records.replaceDraft({ ...draft('r1'), hash: 'late' })).toBe(false)
    expect(await storage.records.recordById('r1')).toMatchObject({
      status: 'approved',
      hash: 'hash-refreshed',
    })
  })

  it('starts every record as a draft and never lets a new row take an approved one’s place', async () => {
    const { storage, sql } = await withCourse(backend)
    await storage.records.insertRecord(draft('r1'))
    await approve(storage, 'r1')
    expect(await storage.records.insertRecord(draft('r2', 1))).toBe(false) // version 1 is taken
    const columns = `(id, course_id, meeting_id, version, status, content, canvas, images, hash, changes,
      created_at, created_by, approved_at, approved_by, approval_method)`
    await expect(
      sql(`INSERT INTO records ${columns} VALUES ('r3', 'c1', 'm1', 3, 'approved', '{}', '[]', '{}', 'h', '[]',
        1, 'u', 2, 'forger', 'inMeeting')`),
    ).rejects.toThrow(/starts as a new draft/)
    // A draft may still be thrown away; an approved record may not.
    expect(await storage.records.insertRecord(draft('r2', 2))).toBe(true)
    await sql(`DELETE FROM records WHERE id = 'r2'`)
    expect(await storage.records.recordById('r2')).toBeNull()
  })

  if (backend === sqlite) {
    it('refuses REPLACE INTO over an approved record (it deletes without the delete trigger)', async () => {
      const { storage, sql } = await withCourse(backend)
      await storage.records.insertRecord(draft('r1'))
      await approve(storage, 'r1')
      for (const id of ['r1', 'r2']) {
        await expect(
          sql(`REPLACE INTO records (id, course_id, meeting_id, version, status, content, canvas, images, hash,
            changes, created_at, created_by) VALUES ('${id}', 'c1', 'm1', 1, 'draft', '{}', '[]', '{}', 'h', '[]', 1, 'u')`),
        ).rejects.toThrow(/starts as a new draft/)
      }
      expect(await storage.records.recordById('r1')).toMatchObject({ status: 'approved', hash: 'hash-r1' })
    })
  } else {
    it('refuses TRUNCATE, which row triggers do not see', async () => {
      const { storage, sql } = await withCourse(backend)
      await storage.records.insertRecord(draft('r1'))
      await approve(storage, 'r1')
      await expect(sql('TRUNCATE records')).rejects.toThrow(/cannot be deleted/)
      expect(await storage.records.recordById('r1')).toMatchObject({ status: 'approved' })
    })
  }
})
