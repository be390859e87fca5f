import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServerProcess } from '../support/server.ts'
import { waitFor } from '../support/wait.ts'
import {
  canvasEntry,
  connectYjsClient,
  contentOf,
  writtenKeys,
  type YjsClient,
} from '../support/yjs-client.ts'

let server: ServerProcess
const clients: YjsClient[] = []
const connect = async (room: string) => {
  const client = connectYjsClient(await server.course(room))
  clients.push(client)
  return client
}

beforeAll(async () => {
  server = await ServerProcess.start()
})
afterAll(async () => {
  for (const client of clients) client.destroy()
  await server.stop()
})

describe('the y-websocket protocol through the server', () => {
  it('keeps a quiet connection alive: a client alone and unseen still hears from the server', async () => {
    const quiet = await ServerProcess.start({ env: { KEEPALIVE_MS: '200' } })
    try {
      const client = connectYjsClient(await quiet.course('alone'))
      await client.synced()
      client.provider.awareness.setLocalState(null) // unseen: it sends no presence of its own
      const heard = client.provider.wsLastMessageReceived
      await waitFor('a keepalive', () => client.provider.wsLastMessageReceived > heard)
      // It is an awareness message about no one: nothing changes for the client.
      expect(client.provider.awareness.getStates().size).toBe(0)
      expect(client.provider.wsconnected).toBe(true)
      client.destroy()
    } finally {
      await quiet.stop()
    }
  })

  it('converges two clients editing at once', async () => {
    const [a, b] = [await connect('two-clients'), await connect('two-clients')]
    await Promise.all([a.synced(), b.synced()])
    a.doc.getMap('meta').set('from-a', 1)
    b.doc.getMap('meta').set('from-b', 2)
    await waitFor('both edits in both docs', () => writtenKeys(a.doc) === 2 && writtenKeys(b.doc) === 2)
    expect(contentOf(a.doc)).toEqual(contentOf(b.doc))
  })

  it('converges ten clients each writing concurrently', async () => {
    const many = await Promise.all(Array.from({ length: 10 }, () => connect('ten-clients')))
    await Promise.all(many.map((c) => c.synced()))
    many.forEach((client, i) => {
      for (let n = 0; n < 20; n++) client.doc.getMap('meta').set(`c${i}-${n}`, n)
      client.doc.getArray('canvas').push([canvasEntry(`r${i}`)])
    })
    await waitFor('200 keys everywhere', () => many.every((c) => writtenKeys(c.doc) === 200))
    await waitFor('10 list items everywhere', () => many.every((c) => c.doc.getArray('canvas').length === 10))
    const first = many[0]!
    for (const client of many) {
      expect(contentOf(client.doc)).toEqual(contentOf(first.doc))
      expect(client.doc.getArray('canvas').toJSON()).toEqual(first.doc.getArray('canvas').toJSON())
    }
  })

  it('gives a late joiner the full state', async () => {
    const early = await connect('late-joiner')
    await early.synced()
    for (let n = 0; n < 50; n++) early.doc.getMap('meta').set(`k${n}`, `value ${n}`)
    early.doc.getMap('meta').set('notes', 'Jens vil gerne have styr på økonomien')
    await new Promise((r) => setTimeout(r, 100))
    const late = await connect('late-joiner')
    await late.synced()
    await waitFor('late joiner has all keys', () => writtenKeys(late.doc) === 51)
    expect(contentOf(late.doc)).toEqual(contentOf(early.doc))
    expect(late.doc.getMap('meta').get('notes')).toBe('Jens vil gerne have styr på økonomien')
  })

  it('shows awareness to others and removes it when a client leaves', async () => {
    const a = await connect('awareness')
    const b = await connect('awareness')
    await Promise.all([a.synced(), b.synced()])
    a.provider.awareness.setLocalStateField('user', { name: 'Koordinator' })
    await waitFor('b sees a', () => {
      const state = b.provider.awareness.getStates().get(a.doc.clientID) as
        | { user?: { name: string } }
        | undefined
      return state?.user?.name === 'Koordinator'
    })
    a.provider.disconnect()
    await waitFor('b no longer sees a', () => !b.provider.awareness.getStates().has(a.doc.clientID))
  })

  it('keeps rooms apart', async () => {
    const a = await connect('room-one')
    const b = await connect('room-two')
    await Promise.all([a.synced(), b.synced()])
    a.doc.getMap('meta').set('only-in-one', true)
    const witness = await connect('room-one')
    await witness.synced()
    await waitFor('witness in room one sees it', () => witness.doc.getMap('meta').get('only-in-one') === true)
    expect(b.doc.getMap('meta').has('only-in-one')).toBe(false)
  })

  it('answers /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })
})
