import type { Socket } from 'node:net'

/**
 * Work batched per event-loop turn: a room's presence changes, the next storage batch, and the TCP
 * writes of every frame sent meanwhile (sockets are corked on their first frame and uncorked once, so
 * many frames leave in one syscall). It runs at the end of the turn (setImmediate), or sooner when a
 * busy turn runs long: under overload libuv's poll phase keeps reading sockets for seconds, and work
 * left for setImmediate would wait all that time, so the socket handler calls `checkTurn` after
 * every message and the batch goes out once it is MAX_BATCH_MS old.
 */
const MAX_BATCH_MS = 5

const tasks: (() => void)[] = []
/** Where a failing task is reported; the server sets its logger. A task's failure ends only that task. */
let reportFailure: (error: unknown) => void = (error) => console.error(error)
const corked = new Set<Socket>()
let scheduled = false
let since = 0

function schedule() {
  if (scheduled) return
  scheduled = true
  since = performance.now()
  setImmediate(runTurn)
}

/** Runs `task` once at the end of this turn (tasks may queue more; they run in the same pass). */
export function atTurnEnd(task: () => void) {
  tasks.push(task)
  schedule()
}

/** Holds this socket's writes until the end of the turn. */
export function corkUntilTurnEnd(tcp: Socket) {
  if (corked.has(tcp)) return
  tcp.cork()
  corked.add(tcp)
  schedule()
}

/** Called after each message handled: flushes a batch that has waited too long. */
export function checkTurn() {
  if (scheduled && performance.now() - since >= MAX_BATCH_MS) runTurn()
}

function runTurn() {
  scheduled = false
  for (let task = tasks.shift(); task; task = tasks.shift()) {
    try {
      task()
    } catch (error) {
      // Thrown from setImmediate (or a socket's message handler), it would end the process and every
      // meeting in it.
      reportFailure(error)
    }
  }
  for (const tcp of corked) tcp.uncork()
  corked.clear()
}

export function reportTaskFailuresTo(report: (error: unknown) => void) {
  reportFailure = report
}
