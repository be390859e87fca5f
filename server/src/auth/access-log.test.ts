import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SqliteStorage } from '../storage/sqlite.ts'
import { AccessLog, presented } from './access-log.ts'
import { accessForLink, accessForSession } from './course-access.ts'
import { Sessions } from './sessions.ts'
import { shareLink, storageWithCoordinator } from './test-fixtures.ts'
import { generateSecret, hashSecret } from './tokens.ts'

let storage: SqliteStorage
beforeEach(async () => {
  storage = await storageWithCoordinator()
  await storage.accounts.addMember('course', 'u1', 'owner', 0)
})
afterEach(() => storage.close())

const WINDOW = 1000
const entries = (courseId = 'course') => storage.audit.forCourse(courseId, 100)

async function sessionAccess() {
  const sessions = new Sessions(storage.accounts)
  const { token } = await sessions.create('u1')
  const valid = (await sessions.validate(token))!
  return { token, access: (await accessForSession(storage.accounts, 'course', valid))! }
}

describe('AccessLog', () => {
  it('writes one API opening per session per course per window, and every socket', async () => {
    const log = new AccessLog(storage.audit, WINDOW)
    const { token, access } = await sessionAccess()
    for (const at of [0, 10, 999]) await log.opened(access, 'api', '10.0.0.1', at)
    await log.opened(access, 'socket', '10.0.0.1', 20)
    await log.opened(access, 'socket', '10.0.0.1', 30)
    await log.opened(access, 'api', '10.0.0.1', 1000)
    const opened = (await entries()).reverse()
    expect(opened.map((e) => [e.at, e.detail.channel])).toEqual([
      [0, 'api'],
      [20, 'socket'],
      [30, 'socket'],
      [1000, 'api'],
    ])
    // names the session by a prefix of its hash, never the token
    expect(opened[0]).toMatchObject({
      actor: 'user:u1',
      action: 'course.opened',
      detail: {
        via: 'session',
        credential: `session:${hashSecret(token).slice(0, 16)}`,
        role: 'coordinator',
      },
    })
    expect(JSON.stringify(opened)).not.toContain(token)
  })

  it('counts each link on its own', async () => {
    const log = new AccessLog(storage.audit, WINDOW)
    const tokens = [generateSecret(), generateSecret()]
    for (const token of tokens) {
      await storage.accounts.createShareLink(shareLink({ id: hashSecret(token), kind: 'viewer' }))
      const access = (await accessForLink(storage.accounts, 'course', token, 0))!
      await log.opened(access, 'api', null, 0)
      await log.opened(access, 'api', null, 1)
    }
    const opened = await entries()
    expect(opened.map((e) => e.actor).sort()).toEqual(
      tokens.map((t) => `link:${hashSecret(t).slice(0, 12)}`).sort(),
    )
    expect(opened.every((e) => e.detail.via === 'link' && e.detail.canEdit === false)).toBe(true)
  })

  it('writes every refusal, naming what was presented without the secret', async () => {
    const log = new AccessLog(storage.audit, WINDOW)
    const token = generateSecret()
    for (const at of [0, 1]) {
      await log.refused(
        {
          courseId: 'course',
          channel: 'api',
          ...presented(token, null, null),
          reason: 'no access',
          role: null,
        },
        '10.0.0.2',
        at,
      )
    }
    const refused = await entries()
    expect(refused).toHaveLength(2)
    expect(refused[0]).toMatchObject({
      action: 'course.refused',
      actor: `link:${hashSecret(token).slice(0, 12)}`,
      ip: '10.0.0.2',
      detail: { channel: 'api', via: 'link', reason: 'no access' },
    })
    expect(JSON.stringify(refused)).not.toContain(token)
    expect(presented('not-a-token', null, null)).toEqual({ via: 'link', actor: 'unknown', credential: null })
    expect(presented(null, null, null)).toEqual({ via: 'none', actor: 'unknown', credential: null })
  })
})
