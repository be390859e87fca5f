import { privateDocId } from '@bordenden/model'
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

// A course document kept in this browser's IndexedDB, so that edits made while the server cannot be
// reached survive a closed tab or a crashed browser, and reach the server when the course is opened again
// here. It holds health and social data: it is kept only for people who edit, and forgotten on sign-out
// and whenever the server refuses the connection for good.

const DATABASE_PREFIX = 'bordenden-course:'

export interface OfflineCache {
  /** Resolves once what this browser kept has been merged into the document. */
  readonly whenLoaded: Promise<void>
  /** Deletes what this browser kept of the course. */
  forget(): Promise<void>
  /** Stops writing (the document is being released); what was kept stays. */
  close(): void
}

/** Whether this platform can keep a course (browsers can; Node tests and service workers may not). */
export function canKeepOffline(): boolean {
  return typeof indexedDB !== 'undefined'
}

export function keepOffline(courseId: string, doc: Y.Doc): OfflineCache {
  const persistence = new IndexeddbPersistence(DATABASE_PREFIX + courseId, doc)
  return {
    whenLoaded: persistence.whenSynced.then(() => {}),
    forget: () => persistence.clearData(),
    close: () => void persistence.destroy(),
  }
}

/** Deletes what this browser kept of one course (its link or session no longer opens it). */
export async function forgetOfflineCourse(courseId: string): Promise<void> {
  if (!canKeepOffline()) return
  await Promise.all([courseId, privateDocId(courseId)].map((id) => clearDocument(DATABASE_PREFIX + id)))
}

/**
 * Deletes every course this browser kept: the next person at this computer must not find them. A board
 * still open in another tab closes its copy (IndexedDB asks it to), so this never waits for that tab.
 */
export async function forgetOfflineCourses(): Promise<void> {
  if (!canKeepOffline()) return
  const databases = await indexedDB.databases()
  await Promise.all(
    databases
      .map(({ name }) => name)
      .filter((name): name is string => name?.startsWith(DATABASE_PREFIX) === true)
      .map((name) => clearDocument(name)),
  )
}
