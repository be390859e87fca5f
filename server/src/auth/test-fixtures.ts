import type { ShareLink } from '../storage/accounts.ts'
import { SqliteStorage } from '../storage/sqlite.ts'

/** An in-memory database with two courses and a coordinator `u1`, for the access rules' unit tests. */
export async function storageWithCoordinator(): Promise<SqliteStorage> {
  const storage = new SqliteStorage({ dataDir: ':memory:' })
  await storage.createCourse({ id: 'course', title: 'Forløb', createdAt: 0 })
  await storage.createCourse({ id: 'elsewhere', title: 'Andet', createdAt: 0 })
  await storage.accounts.createUser({
    id: 'u1',
    email: 'k@example.dk',
    name: 'K',
    role: 'coordinator',
    passwordHash: 'x',
    createdAt: 0,
    disabledAt: null,
  })
  return storage
}

/** A participant link to `course` editing from 1000 to 2000, with `overrides`. */
export function shareLink(overrides: Partial<ShareLink> & Pick<ShareLink, 'id'>): ShareLink {
  return {
    courseId: 'course',
    kind: 'participant',
    label: 'l',
    meetingId: null,
    personId: null,
    createdBy: 'user:u1',
    createdAt: 0,
    expiresAt: null,
    revokedAt: null,
    editFrom: 1000,
    editUntil: 2000,
    showPresence: false,
    ...overrides,
  }
}
