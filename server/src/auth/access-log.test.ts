import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RefusalTally } from '../audit/refusal-tally.ts'
import type { SqliteStorage } from '../storage/sqlite.ts'
import { AccessLog, granted, presented } from './access-log.ts'
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
    const log = new AccessLog(storage.audit, new RefusalTally(storage.audit, { flushEveryMs: 0 }), WINDOW)
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
    const log = new AccessLog(storage.audit, new RefusalTally(storage.audit, { flushEveryMs: 0 }), WINDOW)
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

  it('writes a named refusal at once, and counts unknown links per address and minute', async () => {
    const tally = new RefusalTally(storage.audit, { flushEveryMs: 0 })
    const log = new AccessLog(storage.audit, tally, WINDOW)
    const token = generateSecret()
    const unknownLink = { courseId: 'course', channel: 'api' as const, ...presented(token, null, null) }
    for (const at of [0, 1, 59_999])
      await log.refused({ ...unknownLink, reason: 'no access', role: null }, '10.0.0.2', at)
    await log.refused({ ...unknownLink, reason: 'no access', role: null }, '10.0.0.2', 60_000)
    const { access } = await sessionAccess()
    await log.refused(
      { ...granted(access), courseId: 'course', channel: 'api', reason: 'role', role: 'viewer' },
      null,
      2,
    )
    expect((await entries()).map((e) => e.action)).toEqual(['course.refused'])
    expect((await entries())[0]).toMatchObject({ actor: 'user:u1', detail: { reason: 'role' } })

    await tally.close()
    const counted = (await entries()).filter((e) => e.actor === 'unknown')
    expect(counted).toEqual([
      {
        at: 60_000,
        actor: 'unknown',
        action: 'course.refused',
        courseId: 'course',
        ip: '10.0.0.2',
        detail: { count: 1, reasons: 'no access: 1' },
      },
      {
        at: 0,
        actor: 'unknown',
        action: 'course.refused',
        courseId: 'course',
        ip: '10.0.0.2',
        detail: { count: 3, reasons: 'no access: 3' },
      },
    ])
    expect(JSON.stringify(await entries())).not.toContain(token)
    expect(presented(token, null, null).actor).toBe(`link:${hashSecret(token).slice(0, 12)}`)
    expect(presented('not-a-token', null, null)).toEqual({ via: 'link', actor: 'unknown', credential: null })
    expect(presented(null, null, null)).toEqual({ via: 'none', actor: 'unknown', credential: null })
  })
})
