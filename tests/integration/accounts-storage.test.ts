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
  it('takes a member off one course only, and disables and enables a user', async () => {
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
      await accounts.addMember('c1', 'u1', 'coordinator', 1)
      await accounts.addMember('c2', 'u1', 'coordinator', 1)
      expect(await accounts.removeMember('c1', 'u1')).toBe(true)
      expect(await accounts.removeMember('c1', 'u1')).toBe(false)
      expect(await accounts.memberRole('c1', 'u1')).toBeNull()
      expect(await accounts.memberRole('c2', 'u1')).toBe('coordinator')

      await accounts.setDisabled('u1', 5)
      expect((await accounts.userById('u1'))?.disabledAt).toBe(5)
      await accounts.setDisabled('u1', null)
      expect((await accounts.userById('u1'))?.disabledAt).toBeNull()
    } finally {
      await storage.close()
    }
  })
})
