import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { SqliteStorage, sqliteMigrations } from '@bordenden/server'
import { describe, expect, it } from 'vitest'
import { storageBackends } from '../support/storage-backends.ts'

/** Teams and the leader role in both databases, and SQLite's users table rebuilt under existing rows. */
const { sqlite, postgresql } = storageBackends()

const user = (id: string, role: 'coordinator' | 'leder', email = `${id}@example.dk`) => ({
  id,
  email,
  name: id,
  role,
  passwordHash: 'x',
  createdAt: 1,
  disabledAt: null,
})

describe.each([sqlite, postgresql])('$name: teams', (backend) => {
  it('keeps leaders, puts coordinators in teams and counts a course for its owner’s team', async () => {
    const { storage } = await backend.fresh()
    await storage.accounts.createUser(user('anne', 'coordinator'))
    await storage.accounts.createUser(user('bo', 'coordinator'))
    await storage.accounts.createUser(user('lise', 'leder'))
    expect((await storage.accounts.userById('lise'))?.role).toBe('leder')
    await storage.teams.createTeam({ id: 't1', name: 'Team Nord', createdAt: 1 })
    await expect(storage.teams.createTeam({ id: 't2', name: 'team nord', createdAt: 1 })).rejects.toThrow()
    expect(await storage.teams.teamByName('TEAM NORD')).toEqual({ id: 't1', name: 'Team Nord', createdAt: 1 })
    await storage.teams.setTeam('anne', 't1')
    await storage.createCourse({ id: 'c1', title: 'Et', createdAt: 1 })
    await storage.createCourse({ id: 'c2', title: 'To', createdAt: 1 })
    await storage.accounts.addMember('c1', 'anne', 'owner', 1)
    await storage.accounts.addMember('c2', 'bo', 'owner', 1)
    await storage.accounts.addMember('c2', 'anne', 'coordinator', 2)
    expect(await storage.teams.courseTeams()).toEqual(
      new Map([
        ['c1', 't1'],
        ['c2', null],
      ]),
    )
    expect(await storage.teams.listTeams()).toEqual([
      { id: 't1', name: 'Team Nord', createdAt: 1, members: 1 },
    ])
    await expect(
      storage.accounts.createUser({ ...user('x', 'coordinator'), role: 'boss' as never }),
    ).rejects.toThrow()
  })
})

describe('SQLite: the users table rebuilt for the leader role (migration 10)', () => {
  it('keeps users, their sessions and course memberships, and their foreign keys', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bordenden-sqlite-'))
    try {
      const file = path.join(dir, 'bordenden.sqlite')
      const db = new DatabaseSync(file)
      for (const step of sqliteMigrations.filter((s) => s.version < 10)) {
        db.exec(step.sql)
        step.after?.(db)
        db.exec(`PRAGMA user_version = ${step.version}`)
      }
      db.exec(`INSERT INTO users VALUES ('anne', 'anne@example.dk', 'Anne', 'coordinator', 'x', 1, NULL);
        INSERT INTO sessions VALUES ('s1', 'anne', 1, 2);
        INSERT INTO courses VALUES ('c1', 'Et', 1);
        INSERT INTO course_members VALUES ('c1', 'anne', 'owner', 1);`)
      db.close()
      const storage = new SqliteStorage({ dataDir: dir })
      void storage.close()
      const after = new DatabaseSync(file)
      after.exec('PRAGMA foreign_keys = ON')
      // Migrated to the latest step (10 and those after it).
      const latest = Math.max(...sqliteMigrations.map((step) => step.version))
      expect(after.prepare('PRAGMA user_version').get()).toEqual({ user_version: latest })
      expect(after.prepare('SELECT id, role, team_id FROM users').all()).toEqual([
        { id: 'anne', role: 'coordinator', team_id: null },
      ])
      // The other tables still point at the rebuilt users: deleting her takes her session and membership.
      after.exec(`DELETE FROM users WHERE id = 'anne'`)
      expect(after.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 })
      expect(after.prepare('SELECT COUNT(*) AS n FROM course_members').get()).toEqual({ n: 0 })
      after.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
