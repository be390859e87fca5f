import { CourseDoc, createAgreement } from '@bordenden/model'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { coordinatorSession } from '../lib/access.ts'
import type { BenchServer } from '../lib/servers.ts'
import { percentileOf } from '../lib/stats.ts'
import { round } from '../lib/time.ts'
import { decode, Step, Type, Wire } from '../lib/wire.ts'

/**
 * How soon Bordenden reacts where people notice (Bordenden only; the other servers have no links or
 * sessions): a revoked link's open board closes, a signed-out session's board closes, and a status
 * reported through the API reaches a board that is open. The tests check that these happen; how fast
 * is measured here, against the one-second promise in the README.
 */
export interface ReactionsResult {
  samples: number
  revokeCloseP50: number | null
  revokeCloseMax: number | null
  signOutCloseP50: number | null
  signOutCloseMax: number | null
  statusShownP50: number | null
  statusShownMax: number | null
}

const HOUR = 3_600_000

export async function reactions(server: BenchServer, samples: number): Promise<ReactionsResult> {
  if (server.spec.id !== 'bordenden') throw new Error('reactions measure Bordenden only')
  const { api, signIn } = await coordinatorSession(server)
  const base = `ws://127.0.0.1:${server.port}/sync`
  const { course } = await api<{ course: { id: string } }>('POST', '/api/courses', {
    title: 'Bench reactions',
    citizenName: 'Bench Borger',
  })
  const link = (kind: 'viewer' | 'participant') => {
    const now = Date.now()
    const window = kind === 'participant' ? { editFrom: now - HOUR, editUntil: now + HOUR } : {}
    return api<{ token: string; link: { id: string } }>('POST', `/api/courses/${course.id}/links`, {
      kind,
      label: 'bench',
      ...window,
    })
  }

  const revoke: number[] = []
  const signOut: number[] = []
  const status: number[] = []
  const agreementId = await seedAgreement(`${base}/${course.id}?token=${(await link('participant')).token}`)
  for (let i = 0; i < samples; i++) {
    const viewer = await link('viewer')
    const revoked = await openSocket(`${base}/${course.id}?token=${viewer.token}`)
    revoke.push(
      await timeUntilClosed(revoked, () =>
        api('DELETE', `/api/courses/${course.id}/links/${viewer.link.id}`),
      ),
    )

    const session = await signIn()
    const signedIn = await openSocket(`${base}/${course.id}`, { cookie: session.cookie() })
    signOut.push(await timeUntilClosed(signedIn, () => session.api('POST', '/api/auth/logout')))

    const board = await openSocket(`${base}/${course.id}?token=${(await link('viewer')).token}`)
    status.push(
      await timeUntilUpdate(board, () =>
        api('POST', `/api/agreements/${course.id}/${agreementId}/status`, {
          to: i % 2 === 0 ? 'inProgress' : 'agreed',
          note: '',
        }),
      ),
    )
    board.close()
  }
  const p50 = (xs: number[]) => round(percentileOf(xs, 0.5), 1)
  const max = (xs: number[]) => round(Math.max(...xs), 1)
  return {
    samples,
    revokeCloseP50: p50(revoke),
    revokeCloseMax: max(revoke),
    signOutCloseP50: p50(signOut),
    signOutCloseMax: max(signOut),
    statusShownP50: p50(status),
    statusShownMax: max(status),
  }
}

function openSocket(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    socket.binaryType = 'nodebuffer'
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

/** Milliseconds from `act` until the server closes `socket`. */
async function timeUntilClosed(socket: WebSocket, act: () => Promise<unknown>): Promise<number> {
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())))
  const started = performance.now()
  await act()
  return (await closed) - started
}

/** Milliseconds from `act` until `socket` receives a document update. */
async function timeUntilUpdate(socket: WebSocket, act: () => Promise<unknown>): Promise<number> {
  const wire = new Wire('y-websocket', '')
  const arrived = new Promise<number>((resolve) => {
    const onMessage = (data: Buffer) => {
      const { type, step } = decode(wire, new Uint8Array(data))
      if (type !== Type.sync || step !== Step.update) return
      socket.off('message', onMessage)
      resolve(performance.now())
    }
    socket.on('message', onMessage)
  })
  const started = performance.now()
  await act()
  return (await arrived) - started
}

/** Writes one agreement into the course as an editing participant would; returns its id. */
async function seedAgreement(url: string): Promise<string> {
  const wire = new Wire('y-websocket', '')
  const doc = new Y.Doc()
  const socket = await openSocket(url)
  /** Sends step 1 and waits for the answer: the server applies a socket's messages in order. */
  const syncOnce = () =>
    new Promise<Uint8Array>((resolve) => {
      const onMessage = (data: Buffer) => {
        const frame = new Uint8Array(data)
        const { type, step, payloadStart, payloadEnd } = decode(wire, frame)
        if (type !== Type.sync || step !== Step.two) return
        socket.off('message', onMessage)
        resolve(frame.subarray(payloadStart, payloadEnd))
      }
      socket.on('message', onMessage)
      socket.send(wire.syncStep1(Y.encodeStateVector(doc)))
    })
  Y.applyUpdate(doc, await syncOnce())
  const before = Y.encodeStateVector(doc)
  const agreement = createAgreement(
    new CourseDoc(doc),
    { what: 'Bench-aftale', owner: { kind: 'citizen' }, dueDate: null },
    'bench',
  )
  socket.send(wire.update(Y.encodeStateAsUpdate(doc, before)))
  await syncOnce() // answered after the update was applied
  socket.close()
  return agreement.id
}
