import { PostgresStorage, SqliteStorage, type Storage } from '@bordenden/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostgresServer } from '../support/postgres.ts'

// Taking a member off a course and disabling a user mean the same in both stores.

let postgres: PostgresServer
beforeAll(async () => {
  postgres = await PostgresServer.start()
}, 30_000)
afterAll(() => postgres?.stop())

const backends: { name: string; open(): Promise<Storage> }[] = [
  { name: 'SQLite', open: async () => new SqliteStorage({ dataDir: ':memory:' }) },
  { name: 'PostgreSQL', open: async () => PostgresStorage.connect({ url: await postgres.createDatabase() }) },
]

describe.each(backends)('$name accounts', (backend) => {
  it('lists a course’s members, takes a member off one course only, and disables and enables a user', async () => {
    const storage = await backend.open()
    try {
      const { accounts } = storage
      for (const id of ['c1', 'c2']) await storage.createCourse({ id, title: id, createdAt: 1 })
      await accounts.createUser({
        id: 'u1',
        email: 'anne@kommune.dk',
        name: 'Anne',
        role: 'coordinator',
        passwordHash: 'x',
        createdAt: 1,
        disabledAt: null,
      })
      await accounts.createUser({
        id: 'u0',
        email: 'bo@kommune.dk',
        name: 'Bo',
        role: 'coordinator',
        passwordHash: 'x',
        createdAt: 1,
        disabledAt: null,
      })
      await accounts.addMember('c1', 'u1', 'coordinator', 1)
      await accounts.addMember('c1', 'u0', 'owner', 2)
      await accounts.addMember('c2', 'u1', 'coordinator', 1)
      // The owner first, though added after.
      expect(await accounts.membersOf('c1')).toEqual([
        { userId: 'u0', name: 'Bo', email: 'bo@kommune.dk', role: 'owner' },
        { userId: 'u1', name: 'Anne', email: 'anne@kommune.dk', role: 'coordinator' },
      ])
      expect(await accounts.removeMember('c1', 'u1')).toBe(true)
      expect(await accounts.removeMember('c1', 'u1')).toBe(false)
      expect(await accounts.memberRole('c1', 'u1')).toBeNull()
      expect(await accounts.memberRole('c2', 'u1')).toBe('coordinator')
      expect((await accounts.membersOf('c1')).map((m) => m.userId)).toEqual(['u0'])

      await accounts.setDisabled('u1', 5)
      expect((await accounts.userById('u1'))?.disabledAt).toBe(5)
      await accounts.setDisabled('u1', null)
      expect((await accounts.userById('u1'))?.disabledAt).toBeNull()

      // One language choice per person (migration 11 / 8): none until chosen, then the same wherever read.
      expect((await accounts.userById('u1'))?.locale).toBeNull()
      await accounts.setLocale('u1', 'en')
      expect((await accounts.userByEmail('anne@kommune.dk'))?.locale).toBe('en')
      expect((await accounts.userById('u0'))?.locale).toBeNull()
    } finally {
      await storage.close()
    }
  })
})
