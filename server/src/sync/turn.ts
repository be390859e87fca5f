import type { Socket } from 'node:net'

/**
 * Work batched per event-loop turn: a room's presence changes, the next storage batch, and the TCP
 * writes of every frame sent meanwhile (sockets are corked on their first frame and uncorked once, so
 * many frames leave in one syscall). It runs at the end of the turn (setImmediate), or sooner when a
 * busy turn runs long: under overload libuv's poll phase keeps reading sockets for seconds, and work
 * left for setImmediate would wait all that time, so the socket handler calls `check` after every
 * message and the batch goes out once it is MAX_BATCH_MS old. One per server: two servers in one
 * process (tests) keep their own queue and report their own failures.
 */
const MAX_BATCH_MS = 5

export class Turn {
  private readonly tasks: (() => void)[] = []
  private readonly corked = new Set<Socket>()
  /** Each websocket's TCP connection, as the upgrade request named it (see `adopt`). */
  private readonly connections = new WeakMap<object, Socket>()
  private scheduled = false
  private since = 0
  /** Where a failing task is reported. A task's failure ends only that task. */
  private readonly reportFailure: (error: unknown) => void

  /** Settles what storage has committed meanwhile (see Storage.takeCommitted). */
  private readonly takeCommitted: () => void

  constructor(reportFailure: (error: unknown) => void, takeCommitted: () => void = () => {}) {
    this.reportFailure = reportFailure
    this.takeCommitted = takeCommitted
  }

  /** Runs `task` once at the end of this turn (tasks may queue more; they run in the same pass). */
  atTurnEnd(task: () => void) {
    this.tasks.push(task)
    this.schedule()
  }

  /** Remembers the TCP connection a websocket writes to (the server's `connection` event gives both). */
  adopt(websocket: object, tcp: Socket) {
    this.connections.set(websocket, tcp)
  }

  /**
   * Bytes written to this websocket's TCP connection that the kernel has not taken yet: what piles up
   * when the client stops reading (its receive window and our send buffer are full). Undefined when the
   * connection is not known.
   */
  unsentBytes(websocket: object): number | undefined {
    return this.connections.get(websocket)?.writableLength
  }

  /** Holds this websocket's writes until the end of the turn (if its TCP connection is known). */
  corkUntilTurnEnd(websocket: object) {
    const tcp = this.connections.get(websocket)
    if (!tcp || this.corked.has(tcp)) return
    tcp.cork()
    this.corked.add(tcp)
    this.schedule()
  }

  /**
   * Called after each message handled: takes what storage has committed meanwhile (its broadcasts follow
   * as soon as this message's handling returns), and flushes a batch that has waited too long.
   */
  check() {
    this.takeCommitted()
    if (this.scheduled && performance.now() - this.since >= MAX_BATCH_MS) this.run()
  }

  private schedule() {
    if (this.scheduled) return
    this.scheduled = true
    this.since = performance.now()
    setImmediate(this.run)
  }

  private readonly run = () => {
    if (!this.scheduled) return
    this.scheduled = false
    for (let task = this.tasks.shift(); task; task = this.tasks.shift()) {
      try {
        task()
      } catch (error) {
        // Thrown from setImmediate (or a socket's message handler), it would end the process and every
        // meeting in it.
        this.reportFailure(error)
      }
    }
    for (const tcp of this.corked) tcp.uncork()
    this.corked.clear()
  }
}
