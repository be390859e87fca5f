import type { CommitTiming } from '../ops/commit-timing.ts'
import type { AccountStore, AuditStore } from './accounts.ts'
import type { MailStore } from './mail.ts'
import type { MeasureStore } from './measures.ts'
import type { RecordStore } from './records.ts'
import type { RegistrationCorrectionStore } from './registration-corrections.ts'
import type { SuggestionStore } from './suggestions.ts'
import type { TeamStore } from './teams.ts'

/** One accepted document update, attributed to who sent it and when the server accepted it. */
export interface DocUpdate {
  docId: string
  update: Uint8Array
  actor: string
  at: number
}

/** Everything stored for a document: its last compacted state and the updates appended since. */
export interface StoredDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Sequence number of the newest stored update (or of the snapshot's last one); 0 when empty. */
  lastSeq: number
}

export interface CourseRow {
  id: string
  title: string
  createdAt: number
}

/**
 * The durable store behind the sync server. SQLite is the embedded default; a PostgreSQL
 * implementation serves larger deployments. Async throughout so both fit the same interface.
 */
export interface Storage {
  readonly accounts: AccountStore
  readonly audit: AuditStore
  readonly records: RecordStore
  readonly measures: MeasureStore
  readonly registrationCorrections: RegistrationCorrectionStore
  readonly suggestions: SuggestionStore
  readonly teams: TeamStore
  readonly mail: MailStore
  /** How long this store's commits take (its fsyncs), for the metrics. */
  readonly commits: CommitTiming
  /**
   * Settles the writes that have committed meanwhile, without waiting for the event loop to come round to
   * them (a store whose commits finish on another thread; see sqlite-writer.ts). Called after every socket
   * message.
   */
  takeCommitted?(): void
  /** Appends the updates in one transaction and returns the sequence number given to each. */
  appendUpdates(updates: readonly DocUpdate[]): Promise<number[]>
  loadDoc(docId: string): Promise<StoredDoc>
  /**
   * Replaces the log up to and including `throughSeq` with `state`, which must contain every one of
   * those updates. Updates appended after `throughSeq` are kept.
   */
  compact(docId: string, state: Uint8Array, throughSeq: number): Promise<void>
  /** Bytes stored for a document (snapshot plus log), for monitoring and benchmarks. */
  storedBytes(docId: string): Promise<number>
  createCourse(course: CourseRow): Promise<void>
  listCourses(): Promise<CourseRow[]>
  /**
   * Deletes everything of a course (document, records, links, members, feedback, views) in one
   * transaction; returns the rows deleted. The audit log keeps its entries.
   */
  eraseCourse(courseId: string): Promise<number>
  /** Deletes document rows that belong to no course (written late by a process that held a deleted one). */
  eraseOrphanDocuments(): Promise<number>
  /** The schema version the database is at and the one this release migrates to (a round trip: /readyz). */
  schemaVersion(): Promise<{ current: number; latest: number }>
  close(): Promise<void>
}
