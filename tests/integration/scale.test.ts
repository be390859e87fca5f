import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { converged, editBurst, sameUpdates, startCluster } from '../support/cluster.ts'
import { openRawSocket } from '../support/raw-socket.ts'
import { waitFor } from '../support/wait.ts'
import { connectWithSession, writtenKeys, type YjsClient } from '../support/yjs-client.ts'

// Several server processes on one PostgreSQL and one Redis, all real, on loopback.
const backends = startCluster()
const connect = backends.connect

describe('several processes serve one course', () => {
  it('relays edits and presence between processes, and a process opening the room later catches up', async () => {
    const cluster = await backends.start(3)
    const [a, b] = [connect(cluster, 0), connect(cluster, 1)]
    await Promise.all([a.synced(), b.synced()])

    a.doc.getMap('meta').set('from-a', 1)
    b.doc.getMap('meta').set('from-b', 2)
    await waitFor('edits to cross processes', () => writtenKeys(a.doc) === 2 && writtenKeys(b.doc) === 2)

    a.provider.awareness.setLocalStateField('user', { name: 'Anne' })
    await waitFor('presence to cross processes', () =>
      [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Anne'),
    )

    // The third process opens the room now: it loads from storage, follows the stream, and asks the
    // others for the presence of people who are not changing it at the moment.
    const late = connect(cluster, 2)
    await late.synced()
    expect(late.doc.getMap('meta').toJSON()).toMatchObject({ 'from-a': 1, 'from-b': 2 })
    await waitFor('presence from before the room opened here', () =>
      [...late.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Anne'),
    )
    b.doc.getMap('meta').set('after', 3)
    await waitFor('the stream to reach it', () => late.doc.getMap('meta').get('after') === 3)
    await converged([a.doc, b.doc, late.doc])
    expect(sameUpdates(await cluster.stored(), a.doc)).toBe(true)
  })

  it("relays a course's coordinator-only document between processes, and to coordinators only", async () => {
    const cluster = await backends.start(2)
    const { courseId } = cluster.course
    // The course was made on the first process, so its coordinator is a member; her session is shared.
    const cookie = (await cluster.servers[0]!.coordinator()).cookie ?? ''
    const [a, b] = [0, 1].map((i) =>
      connectWithSession(cluster.servers[i]!.wsUrl, `${courseId}/private`, cookie),
    ) as [YjsClient, YjsClient]
    await Promise.all([a.synced(), b.synced()])
    // A person's contact details, as the coordinator-only document keeps them (see private-data.ts).
    const card = new Y.Map<unknown>()
    a.doc.getMap<Y.Map<unknown>>('people').set('person-1', card)
    card.set('contact', { phone: '20 45 67 89', email: '', other: '' })
    const phoneIn = (doc: Y.Doc) =>
      (doc.getMap<Y.Map<unknown>>('people').get('person-1')?.get('contact') as { phone?: string } | undefined)
        ?.phone
    await waitFor('the private edit to cross processes', () => phoneIn(b.doc) === '20 45 67 89')

    const participant = connect(cluster, 1)
    await participant.synced()
    const refused = openRawSocket(
      `${cluster.via(1).wsBase}/${courseId}/private?token=${cluster.course.token}`,
    )
    await expect(refused).rejects.toThrow(/403/)
    expect(Buffer.from(Y.encodeStateAsUpdate(participant.doc)).toString('utf8')).not.toContain('20 45 67 89')
  })

  it('closes, on every process, the sockets of a link revoked on one of them', async () => {
    const cluster = await backends.start(2)
    const { courseId } = cluster.course
    const coordinator = await cluster.servers[0]!.coordinator()
    const { body } = await coordinator.request<{ link: { id: string }; token: string }>(
      'POST',
      `/api/courses/${courseId}/links`,
      { kind: 'viewer', label: 'skærm' },
    )
    const viewer = await openRawSocket(`${cluster.via(1).wsBase}/${courseId}?token=${body.token}`)
    await coordinator.request('DELETE', `/api/courses/${courseId}/links/${body.link.id}`)
    expect((await viewer.closed).code).toBe(4001)
  })

  it('loses nothing any client saw when a process is killed mid-burst (SIGKILL)', async () => {
    const c = await backends.start(3)
    const perServer = [0, 1, 2].map((s) => [connect(c, s), connect(c, s)])
    await Promise.all(perServer.flat().map((client) => client.synced()))
    const N = 150
    const bursts = perServer.flatMap((pair, s) => pair.map((client, i) => editBurst(client, `s${s}c${i}`, N)))

    await new Promise((resolve) => setTimeout(resolve, 150)) // mid-burst
    const victim = c.servers[2]!
    expect(await victim.kill('SIGKILL')).toBeNull()
    const killedAt = performance.now()
    // Its clients reconnect to another process with the same document (and resend what it never stored).
    const moved = (perServer[2] as YjsClient[]).map((client) => {
      client.provider.destroy()
      return connect(c, 0, client.doc)
    })
    await Promise.all(moved.map((client) => client.synced()))
    const reconnectMs = performance.now() - killedAt
    await Promise.all(bursts)

    const live = [...(perServer[0] as YjsClient[]), ...(perServer[1] as YjsClient[]), ...moved]
    await converged(live.map((client) => client.doc))
    const keys = writtenKeys((live[0] as YjsClient).doc)
    expect(keys).toBe(6 * N)
    // Every update any client holds is in storage, and storage holds nothing the clients lack.
    await waitFor('storage to hold every update', async () => sameUpdates(await c.stored(), live[0]!.doc))
    console.info(
      `[reliability] crash: ${6 * N} updates from 6 clients on 3 processes checked; clients of the killed process resynced through another in ${Math.round(reconnectMs)} ms`,
    )
  })
})
