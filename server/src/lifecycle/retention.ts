import { CourseDoc, closureOf } from '@bordenden/model'
import { errorFields, type Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { eraseCourse } from './erase-course.ts'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

export interface RetentionOptions {
  storage: Storage
  rooms: RoomRegistry
  log: Logger
  /** RETENTION_DAYS; null keeps closed courses (only the leftover sweep runs). */
  retentionDays: number | null
}

/**
 * The daily job, also run at start: deletes every course closed more than RETENTION_DAYS ago. Every
 * hour (and at start), the document rows of deleted courses that another process wrote after the
 * deletion (it held the course open until its sockets closed) go too. One run at a time; `stop`
 * resolves once a run in progress has finished (before storage closes).
 */
export function startRetention(options: RetentionOptions): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve()
  const run = (work: (options: RetentionOptions) => Promise<void>) => {
    running = running
      .then(() => work(options))
      .catch((error) => options.log.error('retention run failed', errorFields(error)))
  }
  run(sweepLeftovers)
  run(expire)
  const timers = [setInterval(() => run(sweepLeftovers), HOUR_MS), setInterval(() => run(expire), DAY_MS)]
  for (const timer of timers) timer.unref()
  return {
    stop() {
      for (const timer of timers) clearInterval(timer)
      return running
    },
  }
}

async function sweepLeftovers({ storage, log }: RetentionOptions) {
  const leftovers = await storage.eraseOrphanDocuments()
  if (leftovers > 0) log.info('deleted documents of deleted courses', { rows: leftovers })
}

async function expire({ storage, rooms, log, retentionDays }: RetentionOptions) {
  if (retentionDays === null) return
  const cutoff = Date.now() - retentionDays * DAY_MS
  let deleted = 0
  for (const course of await storage.listCourses()) {
    const closedAt = await rooms.read(
      course.id,
      (room) => closureOf(new CourseDoc(room.doc))?.closedAt ?? null,
    )
    if (closedAt === null || closedAt > cutoff) continue
    if (
      await eraseCourse({ storage, rooms, log }, course.id, {
        actor: 'system',
        ip: null,
        reason: 'retention',
      })
    )
      deleted++
  }
  log.info('retention run', { retentionDays, deleted })
}
