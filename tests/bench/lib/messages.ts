import type { HistogramData } from './stats.ts'
import type { Dialect } from './wire.ts'
import type { EditStyle } from './workload.ts'

/** Traffic one client offers once the run starts. */
export interface Traffic {
  docHz: number
  awHz: number
  style: EditStyle
}

export interface ClientPlan {
  id: number
  url: string
  docName: string
  room: string
  /** Connection phase; the orchestrator connects groups one after another. */
  group: string
  traffic: Traffic | null
}

export interface Plan {
  dialect: Dialect
  clients: ClientPlan[]
  connectConcurrency: number
}

export type Command =
  | { cmd: 'plan'; plan: Plan }
  | { cmd: 'connect'; group: string }
  | { cmd: 'start'; measureFrom: number; measureTo: number; reportAt: number }
  | { cmd: 'seed'; url: string; dialect: Dialect; docName: string; updatesFile: string }
  | { cmd: 'open'; url: string; dialect: Dialect; docName: string; stateFile: string }
  | { cmd: 'exit' }

export interface ConnectReport {
  ev: 'connected'
  group: string
  ok: number
  failed: number
  firstError: string | null
  ms: number
  connectP50: number | null
  connectP99: number | null
}

export interface RunReport {
  ev: 'result'
  /** Per room: updates and awareness updates sent inside the window, and clients connected. */
  rooms: Record<string, { sentDoc: number; sentAw: number; connected: number }>
  doc: HistogramData
  aw: HistogramData
  /** Stamps sent inside the window that arrived by the report deadline. */
  deliveredDoc: number
  deliveredAw: number
  /** Stamps that arrived inside the window, whenever they were sent. */
  receivedDoc: number
  receivedAw: number
  /** Stamps that arrived after the report deadline are not counted; these arrived after the window. */
  sentDocTotal: number
  sentAwTotal: number
  errors: Record<string, number>
  bytesIn: number
  bytesOut: number
  framesIn: number
  framesOut: number
  /** CPU seconds this load generator used inside the window, and its event-loop delay p99 (ms). */
  cpuSeconds: number
  loopDelayP99: number
  windowSeconds: number
}

export interface SeedReport {
  ev: 'seeded'
  ms: number
  frames: number
  bytesOut: number
  /** Times the server closed the seeder's connection (over its update budget) and it reconnected. */
  reconnects: number
}

export interface OpenReport {
  ev: 'opened'
  /** From `new WebSocket` to: the socket open, the first sync step 2, the whole document present. */
  openMs: number
  syncStep2Ms: number
  completeMs: number
  bytesIn: number
  bytesOut: number
  framesIn: number
  error: string | null
}

export type Report = ConnectReport | RunReport | SeedReport | OpenReport | { ev: 'error'; message: string }
