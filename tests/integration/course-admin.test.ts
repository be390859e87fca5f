import type { Refusal } from '@bordenden/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { ApiClient } from '../support/api.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import { connectYjsClient, type YjsClient } from '../support/yjs-client.ts'

// A server of its own: these tests exhaust the login limits, and need the demo course's meetings.
// TRUST_PROXY lets a test speak from several addresses, as a proxy would tell them in X-Forwarded-For.

let server: ServerProcess
let coordinator: ApiClient
let courseId: string

beforeAll(async () => {
  server = await ServerProcess.start({ env: { BORDENDEN_DEMO: '1', TRUST_PROXY: '1' } })
  ;({ api: coordinator, courseId } = await server.demo())
})
afterAll(() => server.stop())

interface AuditEntry {
  action: string
  actor: string
  detail: Record<string, unknown>
}

interface MeetingSummary {
  id: string
  title: string
  date: string
  status: string
  invitees: { personId: string; name: string }[]
}

describe('invitations: share links for a meeting and its invitee', () => {
  it('lists the course’s meetings with their invitees, for coordinators only', async () => {
    const listed = await coordinator.request<{ meetings: MeetingSummary[] }>(
      'GET',
      `/api/courses/${courseId}/meetings`,
    )
    expect(listed.status).toBe(200)
    expect(listed.body.meetings.length).toBeGreaterThan(1)
    expect(listed.body.meetings.every((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.date))).toBe(true)
    expect(listed.body.meetings.some((m) => m.invitees.some((i) => i.name !== ''))).toBe(true)
    expect((await new ApiClient(server.url).request('GET', `/api/courses/${courseId}/meetings`)).status).toBe(
      401,
    )
  })

  it('gives an invitee’s link the meeting day as its edit window', async () => {
    const { body } = await coordinator.request<{ meetings: MeetingSummary[] }>(
      'GET',
      `/api/courses/${courseId}/meetings`,
    )
    const meeting = body.meetings.find((m) => m.invitees.length > 0)!
    const invitee = meeting.invitees[0]!
    const created = await coordinator.request<{
      link: { editFrom: number; editUntil: number; meetingId: string }
    }>('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: invitee.name,
      meetingId: meeting.id,
      personId: invitee.personId,
    })
    expect(created.status).toBe(201)
    // The meeting day in Denmark (the test host runs on UTC): from Danish midnight to the next.
    const [y, m, d] = meeting.date.split('-').map(Number)
    const utcMidnight = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)
    const danishOffset = [1, 2].map((hours) => utcMidnight - hours * 3600_000)
    expect(created.body.link.meetingId).toBe(meeting.id)
    expect(danishOffset).toContain(created.body.link.editFrom)
    expect(
      new Date(created.body.link.editFrom).toLocaleDateString('sv', { timeZone: 'Europe/Copenhagen' }),
    ).toBe(meeting.date)
    expect(created.body.link.editUntil - created.body.link.editFrom).toBeGreaterThanOrEqual(23 * 3600_000)
    expect(created.body.link.editUntil - created.body.link.editFrom).toBeLessThanOrEqual(25 * 3600_000)
  })

  it('refuses a meeting or person the course does not have, and creates nothing', async () => {
    const before = await coordinator.request<{ links: unknown[] }>('GET', `/api/courses/${courseId}/links`)
    const noMeeting = await coordinator.request<Refusal>('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: 'x',
      meetingId: 'no-such-meeting',
    })
    expect(noMeeting.status).toBe(404)
    expect(noMeeting.body.error.code).toBe('meeting_not_found')
    const noPerson = await coordinator.request('POST', `/api/courses/${courseId}/links`, {
      kind: 'participant',
      label: 'x',
      personId: 'no-such-person',
    })
    expect(noPerson.status).toBe(404)
    const after = await coordinator.request<{ links: unknown[] }>('GET', `/api/courses/${courseId}/links`)
    expect(after.body.links.length).toBe(before.body.links.length)
  })

  it('writes every administrative action on the course to its audit log', async () => {
    const created = await coordinator.request<{ link: { id: string } }>(
      'POST',
      `/api/courses/${courseId}/links`,
      {
        kind: 'viewer',
        label: 'audit',
      },
    )
    await coordinator.request('DELETE', `/api/courses/${courseId}/links/${created.body.link.id}`)
    await coordinator.request('GET', `/api/courses/${courseId}/audit`)
    const { body } = await coordinator.request<{
      entries: { action: string; actor: string; actorName: string | null }[]
    }>('GET', `/api/courses/${courseId}/audit`)
    const actions = new Set(body.entries.map((e) => e.action))
    for (const action of ['link.created', 'link.revoked', 'audit.viewed']) expect(actions).toContain(action)
    // Who did it, by name for the coordinator reading the log, never an e-mail or a token.
    expect(body.entries.find((e) => e.action === 'link.created')).toMatchObject({
      actorName: expect.any(String),
    })
    expect(body.entries.every((e) => e.actor !== '' && !e.actor.includes('@'))).toBe(true)
  })
})

describe('co-coordinators', () => {
  it('adds a coordinator from the team, who then has the course; refuses anyone else', async () => {
    const colleague = await server.createUser('kollega@example.dk', 'Kari Kollega')
    const client = new ApiClient(server.url)
    await client.login(colleague.email, colleague.password)
    expect((await client.request('GET', `/api/courses/${courseId}/links`)).status).toBe(403)
    const added = await coordinator.request<{ member: { name: string } }>(
      'POST',
      `/api/courses/${courseId}/members`,
      { email: colleague.email },
    )
    expect(added.status).toBe(201)
    expect(added.body.member.name).toBe('Kari Kollega')
    const mine = await client.request<{ courses: { courseId: string; role: string }[] }>(
      'GET',
      '/api/courses',
    )
    expect(mine.body.courses).toContainEqual(expect.objectContaining({ courseId, role: 'coordinator' }))
    expect((await client.request('GET', `/api/courses/${courseId}/links`)).status).toBe(200)

    const admin = await server.createUser('it@example.dk', 'IT', 'admin')
    for (const email of [admin.email, 'nobody@example.dk']) {
      const refused = await coordinator.request('POST', `/api/courses/${courseId}/members`, { email })
      expect(refused.status).toBe(404)
    }
  })
})

describe('the course’s coordinators', () => {
  it('are listed for each of them, owner first, with name, e-mail and role only', async () => {
    const colleague = await server.createUser('listet@example.dk', 'Lise Listet')
    const client = new ApiClient(server.url)
    await client.login(colleague.email, colleague.password)
    const owner = (
      await coordinator.request<{ user: { id: string; name: string; email: string } }>('GET', '/api/auth/me')
    ).body.user
    const added = await coordinator.request<{ member: { id: string } }>(
      'POST',
      `/api/courses/${courseId}/members`,
      { email: colleague.email },
    )
    const course = `/api/courses/${courseId}`
    type Answer = { course: { role: string }; members: Record<string, unknown>[] }
    const byColleague = await client.request<Answer>('GET', course)
    expect(byColleague.body.course.role).toBe('coordinator')
    expect(byColleague.body.members[0]).toEqual({
      userId: owner.id,
      name: owner.name,
      email: owner.email,
      role: 'owner',
    })
    expect(byColleague.body.members).toContainEqual({
      userId: added.body.member.id,
      name: 'Lise Listet',
      email: colleague.email,
      role: 'coordinator',
    })
    expect((await coordinator.request<Answer>('GET', course)).body.course.role).toBe('owner')

    await coordinator.request('DELETE', `${course}/members/${added.body.member.id}`)
    const after = await coordinator.request<Answer>('GET', course)
    expect(after.body.members.map((m) => m.userId)).not.toContain(added.body.member.id)
    expect(after.body.members.map((m) => m.userId)).toContain(owner.id)
  })
})

describe('taking a co-coordinator off a course', () => {
  it('is for the owner; the colleague’s board of that course closes, others stay open', async () => {
    const colleague = await server.createUser('fjernes@example.dk', 'Frida Fjernes')
    const client = new ApiClient(server.url)
    await client.login(colleague.email, colleague.password)
    const members = `/api/courses/${courseId}/members`
    const added = await coordinator.request<{ member: { id: string } }>('POST', members, {
      email: colleague.email,
    })
    const memberId = added.body.member.id
    const own = await client.request<{ course: { id: string } }>('POST', '/api/courses', {
      title: 'Fridas eget',
      citizenName: 'x',
    })
    const cookie = { cookie: client.cookie! }
    const onCourse = await openRawSocket(`${server.wsUrl}/${courseId}`, cookie)
    const onOwn = await openRawSocket(`${server.wsUrl}/${own.body.course.id}`, cookie)
    const ownerId = (await coordinator.request<{ user: { id: string } }>('GET', '/api/auth/me')).body.user.id

    const byColleague = await client.request<Refusal>('DELETE', `${members}/${ownerId}`)
    expect(byColleague.status).toBe(403)
    expect(byColleague.body.error.code).toBe('owner_only')
    expect((await coordinator.request('DELETE', `${members}/${ownerId}`)).status).toBe(409)

    expect((await coordinator.request('DELETE', `${members}/${memberId}`)).status).toBe(200)
    expect((await onCourse.closed).code).toBe(4001)
    expect((await client.request('GET', `/api/courses/${courseId}/links`)).status).toBe(403)
    await expect(openRawSocket(`${server.wsUrl}/${courseId}`, cookie)).rejects.toThrow('403')
    expect((await coordinator.request('DELETE', `${members}/${memberId}`)).status).toBe(404)
    await new Promise((r) => setTimeout(r, 700)) // the sweep would have closed it by now
    expect(onOwn.socket.readyState).toBe(WebSocket.OPEN)
    onOwn.socket.close()

    const { body } = await coordinator.request<{ entries: AuditEntry[] }>(
      'GET',
      `/api/courses/${courseId}/audit`,
    )
    expect(body.entries).toContainEqual(
      expect.objectContaining({ action: 'member.removed', detail: { user: memberId, socketsClosed: 1 } }),
    )
    expect(body.entries).toContainEqual(
      expect.objectContaining({
        action: 'course.refused',
        actor: `user:${memberId}`,
        detail: expect.objectContaining({ reason: 'owner only' }),
      }),
    )
  })
})

describe('the coordinator opens and closes a link’s edit window', () => {
  const DAY = 24 * 3600_000
  const link = async (body: Record<string, unknown>) => {
    const created = await coordinator.request<{ token: string; link: { id: string } }>(
      'POST',
      `/api/courses/${courseId}/links`,
      { label: 'window', ...body },
    )
    expect(created.status).toBe(201)
    return created.body
  }
  const setWindow = (linkId: string, editFrom: number | null, editUntil: number | null) =>
    coordinator.request('PATCH', `/api/courses/${courseId}/links/${linkId}`, { editFrom, editUntil })
  const closedWith = (client: YjsClient) =>
    new Promise<number>((resolve) =>
      client.provider.once('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)),
    )
  /** Whether an edit from `client` reaches `witness`, or the server logs that it dropped it. */
  async function editArrives(client: YjsClient, witness: YjsClient, key: string): Promise<boolean> {
    const logged = server.logs.length
    client.doc.getMap('meta').set(key, true)
    const outcome = await waitFor(`${key} to arrive or be dropped`, () => {
      if (witness.doc.getMap('meta').get(key) === true) return 'arrived'
      const dropped = server.logs
        .slice(logged)
        .some((l) => l.msg === 'dropped update from read-only connection')
      return dropped ? 'dropped' : undefined
    })
    return outcome === 'arrived'
  }

  it('lets a read-only link edit once opened, and not once closed, reconnecting its socket each time', async () => {
    const tomorrow = Date.now() + DAY
    const participant = await link({ kind: 'participant', editFrom: tomorrow, editUntil: tomorrow + DAY })
    const editor = await link({
      kind: 'participant',
      editFrom: Date.now() - 1000,
      editUntil: Date.now() + DAY,
    })
    const wsBase = `ws://${new URL(server.url).host}/sync`
    const client = connectYjsClient({ wsBase, courseId, token: participant.token })
    const witness = connectYjsClient({ wsBase, courseId, token: editor.token })
    await Promise.all([client.synced(), witness.synced()])
    expect(await editArrives(client, witness, 'before-opening')).toBe(false)

    let closed = closedWith(client)
    expect((await setWindow(participant.link.id, Date.now() - 1000, Date.now() + 3600_000)).status).toBe(200)
    expect(await closed).toBe(4002)
    await waitFor('reconnected', () => client.provider.wsconnected)
    expect(await editArrives(client, witness, 'while-open')).toBe(true)

    closed = closedWith(client)
    expect((await setWindow(participant.link.id, null, null)).status).toBe(200)
    expect(await closed).toBe(4002)
    await waitFor('reconnected again', () => client.provider.wsconnected)
    expect(await editArrives(client, witness, 'after-closing')).toBe(false)
    client.destroy()
    witness.destroy()
  })

  it('refuses a viewer, a revoked link, a link of another course and a half-given window', async () => {
    const viewer = await link({ kind: 'viewer' })
    expect((await setWindow(viewer.link.id, 0, 1)).status).toBe(400)
    const revoked = await link({ kind: 'citizen' })
    await coordinator.request('DELETE', `/api/courses/${courseId}/links/${revoked.link.id}`)
    expect((await setWindow(revoked.link.id, 0, 1)).status).toBe(409)
    expect((await setWindow('0'.repeat(64), 0, 1)).status).toBe(404)
    const citizen = await link({ kind: 'citizen' })
    expect((await setWindow(citizen.link.id, 5, null)).status).toBe(400)
    expect((await setWindow(citizen.link.id, 5, 5)).status).toBe(400)
  })
})

describe('login rate limits', () => {
  let spoofed = 0
  /** As our proxy forwards a request from `ip` whose client wrote its own X-Forwarded-For first. */
  const from = (ip: string) => ({ 'x-forwarded-for': `198.51.100.${spoofed++ % 250}, ${ip}` })

  it('limits guessing one account from many addresses', async () => {
    const { email, password } = await server.createUser('many-addresses@example.dk', 'Many Addresses')
    const client = new ApiClient(server.url)
    for (let i = 0; i < 5; i++) {
      const guess = await client.request(
        'POST',
        '/api/auth/login',
        { email, password: `wrong-${i}` },
        from(`10.0.0.${i}`),
      )
      expect(guess.status).toBe(401)
    }
    const blocked = await client.request<Refusal>(
      'POST',
      '/api/auth/login',
      { email, password },
      from('10.0.1.1'),
    )
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('too_many_attempts')
  })

  it('limits one address guessing many accounts, and only that address', async () => {
    const { email, password } = await server.createUser('innocent@example.dk', 'Innocent')
    const client = new ApiClient(server.url)
    for (let i = 0; i < 50; i++) {
      const guess = await client.request(
        'POST',
        '/api/auth/login',
        { email: `nobody-${i}@example.dk`, password: 'wrong password' },
        from('10.9.9.9'),
      )
      expect(guess.status).toBe(401)
    }
    const blocked = await client.request('POST', '/api/auth/login', { email, password }, from('10.9.9.9'))
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    const elsewhere = await client.request('POST', '/api/auth/login', { email, password }, from('10.8.8.8'))
    expect(elsewhere.status).toBe(200)
  })

  it('lets no more parallel guesses through to the password check than the limit', async () => {
    const { email } = await server.createUser('parallel@example.dk', 'Parallel Guesses')
    const burst = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        new ApiClient(server.url).request<Refusal>(
          'POST',
          '/api/auth/login',
          { email, password: `wrong-${i}` },
          from('10.7.7.7'),
        ),
      ),
    )
    const checked = burst.filter((r) => r.status === 401)
    const refused = burst.filter((r) => r.status === 429)
    expect(checked).toHaveLength(5)
    expect(refused).toHaveLength(10)
    for (const r of refused) {
      expect(r.body.error.code).toBe('too_many_attempts')
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })
})
