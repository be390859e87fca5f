import { closureOf, dateIn } from '@bordenden/model'
import { errorFields, type Logger } from '../log.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { addressOf, readWithContacts } from './contacts.ts'
import type { Mailer } from './mailer.ts'
import { remindersDue } from './reminders.ts'

const HOUR_MS = 3_600_000

export interface ReminderJobOptions {
  storage: Storage
  rooms: RoomRegistry
  mailer: Mailer
  log: Logger
}

/**
 * Queues the day's reminders at start and every hour. A reminder's outbox id says what and for which
 * day, so the hourly runs (and a second process) queue each one once. Courses switched off, closed
 * courses, people without an address and people who unsubscribed get none. Each course that got any is
 * audited (`mail.reminders`, how many only).
 */
export function startReminderJob(options: ReminderJobOptions): { stop(): Promise<void> } {
  if (!options.mailer.configured) return { stop: async () => {} }
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = running
      .then(async () => {
        await queueReminders(options)
      })
      .catch((error) => options.log.error('reminder run failed', errorFields(error)))
  }
  run()
  const timer = setInterval(run, HOUR_MS)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      return running
    },
  }
}

export async function queueReminders({ storage, rooms, mailer, log }: ReminderJobOptions): Promise<number> {
  const today = dateIn(Date.now())
  let total = 0
  for (const { id: courseId } of await storage.listCourses()) {
    const settings = await storage.mail.settings(courseId)
    if (!settings.reminders) continue
    const optedOut = await storage.mail.optedOut(courseId)
    const drafts = await readWithContacts(rooms, courseId, (course) => {
      if (closureOf(course)) return []
      return remindersDue(course, today, settings.daysBefore).flatMap((r) => {
        const to = optedOut.has(r.party) ? null : addressOf(course, settings.citizenEmail, r.party)
        return to ? [{ ...r, courseId, to }] : []
      })
    })
    const queued = await mailer.queue(drafts)
    if (queued === 0) continue
    total += queued
    await storage.audit.append({
      at: Date.now(),
      actor: 'system',
      action: 'mail.reminders',
      courseId,
      ip: null,
      detail: { queued },
    })
  }
  log.info('reminder run', { date: today, queued: total })
  return total
}
