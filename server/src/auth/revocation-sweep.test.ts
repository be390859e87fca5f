import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SqliteStorage } from '../storage/sqlite.ts'
import { stillValid } from './revocation-sweep.ts'
import { shareLink, storageWithCoordinator } from './test-fixtures.ts'

let storage: SqliteStorage
beforeEach(async () => {
  storage = await storageWithCoordinator()
})
afterEach(() => storage.close())

describe('stillValid', () => {
  it('ends a session that was deleted or has expired', async () => {
    await storage.accounts.createSession({ id: 's1', userId: 'u1', createdAt: 0, expiresAt: 1000 })
    expect(await stillValid(storage.accounts, 'session:s1', 999)).toBe(true)
    expect(await stillValid(storage.accounts, 'session:s1', 1000)).toBe(false)
    await storage.accounts.deleteSession('s1')
    expect(await stillValid(storage.accounts, 'session:s1', 0)).toBe(false)
  })

  it('ends a session’s socket on a course once its user is no longer a member', async () => {
    await storage.accounts.createSession({ id: 's1', userId: 'u1', createdAt: 0, expiresAt: 1000 })
    await storage.accounts.addMember('course', 'u1', 'coordinator', 0)
    expect(await stillValid(storage.accounts, 'session:s1@course', 0)).toBe(true)
    expect(await stillValid(storage.accounts, 'session:s1@elsewhere', 0)).toBe(false)
    await storage.accounts.removeMember('course', 'u1')
    expect(await stillValid(storage.accounts, 'session:s1@course', 0)).toBe(false)
    expect(await stillValid(storage.accounts, 'session:s1', 0)).toBe(true)
  })

  it('ends a link that was revoked or has expired', async () => {
    await storage.accounts.createShareLink(shareLink({ id: 'l1', kind: 'viewer', expiresAt: 1000 }))
    expect(await stillValid(storage.accounts, 'link:l1', 999)).toBe(true)
    expect(await stillValid(storage.accounts, 'link:l1', 1000)).toBe(false)
    await storage.accounts.revokeShareLink('l1', 500)
    expect(await stillValid(storage.accounts, 'link:l1', 0)).toBe(false)
    expect(await stillValid(storage.accounts, 'link:unknown', 0)).toBe(false)
  })
})
