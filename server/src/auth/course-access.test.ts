import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ShareLink } from '../storage/accounts.ts'
import type { SqliteStorage } from '../storage/sqlite.ts'
import { accessForLink, accessForSession } from './course-access.ts'
import { SESSION_LIFETIME_MS, Sessions } from './sessions.ts'
import { shareLink, storageWithCoordinator } from './test-fixtures.ts'
import { generateSecret, hashSecret } from './tokens.ts'

let storage: SqliteStorage
beforeEach(async () => {
  storage = await storageWithCoordinator()
})
afterEach(() => storage.close())

async function link(overrides: Partial<ShareLink>): Promise<string> {
  const token = generateSecret()
  await storage.accounts.createShareLink(shareLink({ id: hashSecret(token), ...overrides }))
  return token
}

describe('share link access', () => {
  it('lets a participant edit only inside the edit window', async () => {
    const token = await link({})
    expect((await accessForLink(storage.accounts, 'course', token, 500))?.canEdit).toBe(false)
    const inside = await accessForLink(storage.accounts, 'course', token, 1500)
    expect(inside).toMatchObject({ role: 'participant', canEdit: true, editUntil: 2000 })
    expect((await accessForLink(storage.accounts, 'course', token, 2000))?.canEdit).toBe(false)
  })

  it('says when the answer changes by itself: when the window opens, and when it ends', async () => {
    const token = await link({})
    const changesAt = async (now: number) =>
      (await accessForLink(storage.accounts, 'course', token, now))?.changesAt
    expect(await changesAt(500)).toBe(1000)
    expect(await changesAt(1500)).toBe(2000)
    expect(await changesAt(2000)).toBeNull()
    const viewer = await link({ kind: 'viewer' })
    expect((await accessForLink(storage.accounts, 'course', viewer, 500))?.changesAt).toBeNull()
  })

  it('never lets a viewer edit, and hides the viewer unless chosen', async () => {
    const hidden = await link({ kind: 'viewer', editFrom: 0, editUntil: 9999 })
    expect(await accessForLink(storage.accounts, 'course', hidden, 10)).toMatchObject({
      canEdit: false,
      showPresence: false,
    })
    const shown = await link({ kind: 'viewer', showPresence: true })
    expect((await accessForLink(storage.accounts, 'course', shown, 10))?.showPresence).toBe(true)
  })

  it('refuses other courses, expired and revoked links', async () => {
    const token = await link({ expiresAt: 3000 })
    expect(await accessForLink(storage.accounts, 'elsewhere', token, 1500)).toBeNull()
    expect(await accessForLink(storage.accounts, 'course', token, 3000)).toBeNull()
    await storage.accounts.revokeShareLink(hashSecret(token), 1)
    expect(await accessForLink(storage.accounts, 'course', token, 1500)).toBeNull()
  })
})

describe('sessions', () => {
  it('gives members coordinator access and others none', async () => {
    const sessions = new Sessions(storage.accounts)
    const { token } = await sessions.create('u1')
    const valid = (await sessions.validate(token))!
    expect(await accessForSession(storage.accounts, 'course', valid)).toBeNull()
    await storage.accounts.addMember('course', 'u1', 'owner', 0)
    expect(await accessForSession(storage.accounts, 'course', valid)).toMatchObject({
      role: 'coordinator',
      canEdit: true,
      member: 'owner',
      credential: `session:${valid.session.id.slice(0, 16)}`,
      revocationKey: `session:${valid.session.id}@course`,
    })
  })

  it('slides the expiry when used and refuses an expired session', async () => {
    const sessions = new Sessions(storage.accounts)
    const { token, session } = await sessions.create('u1', 0)
    const later = 2 * 24 * 3600_000
    expect((await sessions.validate(token, later))?.session.expiresAt).toBe(later + SESSION_LIFETIME_MS)
    expect(await sessions.validate(token, later + SESSION_LIFETIME_MS + 1)).toBeNull()
    expect(await storage.accounts.sessionById(session.id)).toBeNull()
  })
})
