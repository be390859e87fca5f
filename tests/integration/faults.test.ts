import { describe, expect, it } from 'vitest'
import { type Cluster, converged, editBurst, sameUpdates, startCluster } from '../support/cluster.ts'
import { waitFor } from '../support/wait.ts'
import { writtenKeys, type YjsClient } from '../support/yjs-client.ts'

// Redis and PostgreSQL stopped and started again under two processes and their editing clients.
const backends = startCluster()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Two clients on each of the first two processes, editing; returns them and their bursts' end. */
async function editingCluster(count: number, processes = 2) {
  const c = await backends.start(processes)
  const editors = [0, 0, 1, 1].map((server) => backends.connect(c, server))
  await Promise.all(editors.map((client) => client.synced()))
  const bursts = Promise.all(editors.map((client, i) => editBurst(client, `c${i}`, count, 5)))
  return { c, editors, bursts }
}

/** Everything every editor wrote is in every client and in storage. */
async function expectNothingLost(c: Cluster, editors: YjsClient[], count: number, readers: YjsClient[] = []) {
  await converged([...editors, ...readers].map((e) => e.doc))
  expect(writtenKeys((editors[0] as YjsClient).doc)).toBe(editors.length * count)
  await waitFor('storage to hold every update', async () => sameUpdates(await c.stored(), editors[0]!.doc))
}

describe('faults in the shared services', () => {
  it('keeps serving through a Redis restart and catches up what the relay missed', async () => {
    const N = 200
    const { c, editors, bursts } = await editingCluster(N, 3)
    await sleep(200)
    await backends.redis.kill()
    await Promise.all(c.servers.map((s) => s.waitForLog((l) => l.msg === 'redis connection lost; retrying')))
    // Edits go on meanwhile: stored, shown on their own process, not relayed. The third process opens
    // the course now, from storage alone, with no subscription to follow it.
    const late = backends.connect(c, 2)
    await late.synced()
    await sleep(300)
    const restarted = performance.now()
    await backends.redis.spawn()
    await Promise.all(
      c.servers.map((s) =>
        s.waitForLog((l) => l.msg === 'redis connection restored; open documents caught up from storage'),
      ),
    )
    const recoveryMs = performance.now() - restarted
    await bursts
    await expectNothingLost(c, editors, N, [late])
    console.info(
      `[reliability] redis restart: ${editors.length * N} updates checked; all three processes caught up ${Math.round(recoveryMs)} ms after Redis was back`,
    )
  })

  it('keeps every edit through a PostgreSQL restart: clients reconnect and resend', async () => {
    const N = 400
    const { c, editors, bursts } = await editingCluster(N)
    await sleep(200)
    await backends.postgres.kill('SIGQUIT') // immediate shutdown, as a crash: recovery replays the WAL
    await Promise.all(c.servers.map((s) => s.waitForLog((l) => l.msg === 'storing updates failed')))
    await sleep(400)
    const restarted = performance.now()
    await backends.postgres.spawn()
    await waitFor('every client to be back in sync', () =>
      editors.every((e) => e.provider.wsconnected && e.provider.synced),
    )
    const recoveryMs = performance.now() - restarted
    await bursts
    await expectNothingLost(c, editors, N)
    for (const server of c.servers) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200) // the same processes, still up
      // Sockets of a room whose write failed are closed with 1011, so their clients resend.
      expect(server.logs.some((l) => l.msg === 'closing connection' && l.code === 1011)).toBe(true)
    }
    console.info(
      `[reliability] postgresql restart: ${editors.length * N} updates checked; clients synced again ${Math.round(recoveryMs)} ms after PostgreSQL was started again (its crash recovery included)`,
    )
  })
})
