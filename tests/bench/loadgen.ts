/**
 * A load-generator process, driven by run.ts over IPC. It opens lean protocol-level clients, offers the
 * planned traffic, reads latency stamps at every receiver, and reports counts and histograms.
 * It only ever connects to the URLs it is given (loopback), and every phase ends on a deadline.
 */
import { readFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import * as Y from 'yjs'
import { LeanClient, type Sink } from './lib/client.ts'
import type { ClientPlan, Command, Plan, Report, RunReport } from './lib/messages.ts'
import { epochNow, Histogram, percentileOf } from './lib/stats.ts'
import { encodeAwarenessUpdate, readVarUint, stamp } from './lib/wire.ts'
import { Editor, presenceJson, rng } from './lib/workload.ts'

const send = (report: Report) => process.send?.(report)

interface Participant {
  plan: ClientPlan
  client: LeanClient
  editor: Editor | null
  /** The awareness client id (a stock client uses its Y.Doc's clientID). */
  awId: number
  awClock: number
  random: () => number
  timers: NodeJS.Timeout[]
  connected: boolean
}

class Recorder implements Sink {
  measureFrom = Number.POSITIVE_INFINITY
  measureTo = Number.POSITIVE_INFINITY
  doc = new Histogram()
  aw = new Histogram()
  deliveredDoc = 0
  deliveredAw = 0
  /** Everything that arrived inside the window, whenever it was sent: the throughput a server keeps up. */
  receivedDoc = 0
  receivedAw = 0
  errors: Record<string, number> = {}

  stamp(kind: 'doc' | 'aw', receiver: LeanClient, sender: number, sentAt: number, now: number) {
    if (sender === receiver.id) return // an echo of our own edit
    if (now >= this.measureFrom && now < this.measureTo) {
      if (kind === 'doc') this.receivedDoc++
      else this.receivedAw++
    }
    if (sentAt < this.measureFrom || sentAt >= this.measureTo) return
    if (kind === 'doc') {
      this.doc.record(now - sentAt)
      this.deliveredDoc++
    } else {
      this.aw.record(now - sentAt)
      this.deliveredAw++
    }
  }

  error(_client: LeanClient, what: string) {
    // Numbers of five digits or more (ports, times) vary from run to run; close codes (4 digits) are kept.
    const key = what.replace(/\d{5,}/g, 'N')
    this.errors[key] = (this.errors[key] ?? 0) + 1
  }
}

const recorder = new Recorder()
let plan: Plan | null = null
const participants: Participant[] = []

async function connectGroup(group: string) {
  if (!plan) throw new Error('no plan')
  const todo = participants.filter((p) => p.plan.group === group)
  const started = performance.now()
  const times: number[] = []
  let failed = 0
  let firstError: string | null = null
  let next = 0
  const worker = async () => {
    while (next < todo.length) {
      const p = todo[next++] as Participant
      const t0 = performance.now()
      try {
        await p.client.connect(30_000)
        p.connected = true
        times.push(performance.now() - t0)
        // Like the board: announce who we are once connected.
        const json = presenceJson(p.plan.id, p.random, stamp(p.plan.id, epochNow()))
        p.client.send(p.client.wire.awareness(encodeAwarenessUpdate(p.awId, ++p.awClock, json)))
      } catch (error) {
        failed++
        firstError ??= (error as Error).message
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(plan.connectConcurrency, todo.length) }, worker))
  send({
    ev: 'connected',
    group,
    ok: todo.length - failed,
    failed,
    firstError,
    ms: performance.now() - started,
    connectP50: percentileOf(times, 0.5),
    connectP99: percentileOf(times, 0.99),
  })
}

function start(measureFrom: number, measureTo: number, reportAt: number) {
  recorder.measureFrom = measureFrom
  recorder.measureTo = measureTo
  const rooms: RunReport['rooms'] = {}
  for (const p of participants) {
    const room = rooms[p.plan.room] ?? { sentDoc: 0, sentAw: 0, connected: 0 }
    rooms[p.plan.room] = room
    if (p.connected) room.connected++
  }
  let sentDocTotal = 0
  let sentAwTotal = 0
  const inWindow = (t: number) => t >= measureFrom && t < measureTo
  for (const p of participants) {
    const traffic = p.plan.traffic
    if (!traffic || !p.connected) continue
    const room = rooms[p.plan.room] as RunReport['rooms'][string]
    const editor = p.editor ?? new Editor(p.plan.id)
    p.editor = editor
    const every = (hz: number, action: () => void) => {
      if (hz <= 0) return
      const period = 1000 / hz
      const first = setTimeout(() => {
        action()
        p.timers.push(setInterval(action, period))
      }, p.random() * period)
      p.timers.push(first)
    }
    every(traffic.docHz, () => {
      const now = epochNow()
      p.client.send(p.client.wire.update(editor.edit(traffic.style, stamp(p.plan.id, now))))
      sentDocTotal++
      if (inWindow(now)) room.sentDoc++
    })
    every(traffic.awHz, () => {
      const now = epochNow()
      const json = presenceJson(p.plan.id, p.random, stamp(p.plan.id, now))
      p.client.send(p.client.wire.awareness(encodeAwarenessUpdate(p.awId, ++p.awClock, json)))
      sentAwTotal++
      if (inWindow(now)) room.sentAw++
    })
  }
  const loop = monitorEventLoopDelay({ resolution: 5 })
  let cpuAtStart = process.cpuUsage()
  setTimeout(
    () => {
      cpuAtStart = process.cpuUsage()
      loop.enable()
    },
    Math.max(0, measureFrom - epochNow()),
  )
  let cpuSeconds = 0
  setTimeout(
    () => {
      const used = process.cpuUsage(cpuAtStart)
      cpuSeconds = (used.user + used.system) / 1e6
      loop.disable()
      for (const p of participants) for (const t of p.timers.splice(0)) clearTimeout(t)
    },
    Math.max(0, measureTo - epochNow()),
  )
  setTimeout(
    () => {
      let bytesIn = 0
      let bytesOut = 0
      let framesIn = 0
      let framesOut = 0
      for (const p of participants) {
        bytesIn += p.client.bytesIn
        bytesOut += p.client.bytesOut
        framesIn += p.client.framesIn
        framesOut += p.client.framesOut
      }
      send({
        ev: 'result',
        rooms,
        doc: recorder.doc.toJSON(),
        aw: recorder.aw.toJSON(),
        deliveredDoc: recorder.deliveredDoc,
        deliveredAw: recorder.deliveredAw,
        receivedDoc: recorder.receivedDoc,
        receivedAw: recorder.receivedAw,
        sentDocTotal,
        sentAwTotal,
        errors: recorder.errors,
        bytesIn,
        bytesOut,
        framesIn,
        framesOut,
        cpuSeconds,
        loopDelayP99: loop.count > 0 ? loop.percentile(99) / 1e6 : 0,
        windowSeconds: (measureTo - measureFrom) / 1000,
      })
    },
    Math.max(0, reportAt - epochNow()),
  )
}

/** Edits sent between two round trips: the seeder's flow control. */
const SEED_WINDOW = 100

/**
 * Sends a recorded edit history one update per frame, as the editors made it, waiting for the server's
 * answer every SEED_WINDOW edits. A server may close a connection that spends more than its update
 * budget (Bordenden does); then the seeder reconnects as the stock provider does, and the handshake
 * sends the server what it had not applied.
 */
async function seed(cmd: Extract<Command, { cmd: 'seed' }>) {
  const bytes = readFileSync(cmd.updatesFile)
  const doc = new Y.Doc()
  // The seeder's connection now, and whether the server closed it; `onClose` wakes a waiting round trip.
  let lostConnection = false
  let onClose: () => void = () => {}
  const connectSeeder = async () => {
    const sink: Sink = {
      stamp: () => {},
      error: () => {
        lostConnection = true
        onClose()
      },
    }
    lostConnection = false
    const client = new LeanClient({
      url: cmd.url,
      dialect: cmd.dialect,
      docName: cmd.docName,
      id: 0,
      sink,
      doc,
    })
    await client.connect(30_000)
    return client
  }
  // True once the server answered a sync step 1 (after everything sent before it), false if the
  // connection closed first.
  const roundTrip = (client: LeanClient) => {
    if (lostConnection) return Promise.resolve(false)
    const answered = client.nextSyncReply().then(() => true)
    const lost = new Promise<boolean>((resolve) => {
      onClose = () => resolve(false)
    })
    client.send(client.wire.syncStep1(Y.encodeStateVector(doc)))
    return Promise.race([answered, lost])
  }
  const started = performance.now()
  let client = await connectSeeder()
  let reconnects = 0
  let bytesOut = 0
  let at = 0
  let frames = 0
  let done = false
  while (!done) {
    for (let n = 0; n < SEED_WINDOW && at < bytes.length; n++) {
      let length: number
      ;[length, at] = readVarUint(bytes, at)
      const update = bytes.subarray(at, at + length)
      at += length
      Y.applyUpdate(doc, update)
      client.send(client.wire.update(update))
      frames++
    }
    const answered = await roundTrip(client)
    if (answered) {
      done = at >= bytes.length
      continue
    }
    // Closed (over its budget): a fresh connection; its sync step 2 carries what the server lacks.
    bytesOut += client.bytesOut
    client.close()
    reconnects++
    client = await connectSeeder()
    while (!(await roundTrip(client))) {
      client.close()
      reconnects++
      client = await connectSeeder()
    }
    done = at >= bytes.length
  }
  const ms = performance.now() - started
  bytesOut += client.bytesOut
  client.close()
  send({ ev: 'seeded', ms, frames, bytesOut, reconnects })
}

/** A fresh client opens the document: how long until all of it is here, and how many bytes it took. */
async function open(cmd: Extract<Command, { cmd: 'open' }>) {
  const expected = Y.decodeStateVector(readFileSync(cmd.stateFile))
  const doc = new Y.Doc()
  const complete = () => {
    const have = Y.decodeStateVector(Y.encodeStateVector(doc))
    for (const [client, clock] of expected) if ((have.get(client) ?? 0) < clock) return false
    return true
  }
  const client = new LeanClient({
    url: cmd.url,
    dialect: cmd.dialect,
    docName: cmd.docName,
    id: 0,
    sink: recorder,
    doc,
    applyRemote: true,
  })
  const started = epochNow()
  let error: string | null = null
  let completeAt = 0
  const done = new Promise<void>((resolve) => {
    doc.on('update', () => {
      if (!completeAt && complete()) {
        completeAt = epochNow()
        resolve()
      }
    })
  })
  try {
    await client.connect(30_000)
    await Promise.race([
      done,
      new Promise((_, reject) => setTimeout(() => reject(new Error('incomplete after 30 s')), 30_000)),
    ])
  } catch (e) {
    error = (e as Error).message
  }
  client.close()
  send({
    ev: 'opened',
    openMs: client.openedAt - started,
    syncStep2Ms: client.syncedAt - started,
    completeMs: completeAt ? completeAt - started : -1,
    bytesIn: client.bytesIn,
    bytesOut: client.bytesOut,
    framesIn: client.framesIn,
    error,
  })
}

process.on('message', (message: Command) => {
  const run = async () => {
    switch (message.cmd) {
      case 'plan':
        plan = message.plan
        for (const c of plan.clients) {
          const random = rng(c.id + 1)
          participants.push({
            plan: c,
            client: new LeanClient({
              url: c.url,
              dialect: plan.dialect,
              docName: c.docName,
              id: c.id,
              sink: recorder,
            }),
            editor: null,
            awId: Math.floor(random() * 2 ** 31),
            awClock: 0,
            random,
            timers: [],
            connected: false,
          })
        }
        return
      case 'connect':
        return connectGroup(message.group)
      case 'start':
        return start(message.measureFrom, message.measureTo, message.reportAt)
      case 'seed':
        return seed(message)
      case 'open':
        return open(message)
      case 'exit':
        for (const p of participants) p.client.close()
        setTimeout(() => process.exit(0), 50)
        return
    }
  }
  run().catch((error: Error) => send({ ev: 'error', message: error.message }))
})
process.on('disconnect', () => process.exit(0))
