import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { createId, dateIn } from '@bordenden/model'
import { seedDemoCourse } from '@bordenden/model/demo'
import { hashPassword } from './auth/passwords.ts'
import { generateSecret } from './auth/tokens.ts'
import { createCourse } from './courses/create-course.ts'
import type { Storage } from './storage/storage.ts'

export const DEMO_COORDINATOR_EMAIL = 'koordinator@demo.bordenden.dk'

/** What was made; the password is only in the file. */
export interface DemoCreated {
  courseId: string
  email: string
}

/**
 * On a fresh installation: a demo coordinator with a random password and a demo course they own.
 * The login is written to DATA_DIR/demo-login.txt (mode 0600) and nowhere else, never to a log.
 * Returns null when any course exists already, or when another process sharing the database is
 * creating the demo at the same moment.
 */
export async function ensureDemo(storage: Storage, dataDir: string): Promise<DemoCreated | null> {
  if ((await storage.listCourses()).length > 0) return null
  const password = generateSecret().slice(0, 16)
  const coordinatorId = createId()
  try {
    await storage.accounts.createUser({
      id: coordinatorId,
      email: DEMO_COORDINATOR_EMAIL,
      name: 'Demo-koordinator',
      role: 'coordinator',
      passwordHash: await hashPassword(password),
      createdAt: Date.now(),
      disabledAt: null,
    })
  } catch (error) {
    if (await storage.accounts.userByEmail(DEMO_COORDINATOR_EMAIL)) return null
    throw error
  }
  const today = dateIn()
  const courseId = await createCourse(storage, {
    title: 'Jens Madsens forløb (demo)',
    citizenName: 'Jens Madsen',
    ownerId: coordinatorId,
    actor: 'system:demo',
    fill: (course) => seedDemoCourse(course, { today, courseId: course.readMeta()?.courseId }),
  })
  if (dataDir !== ':memory:') {
    writeFileSync(path.join(dataDir, 'demo-login.txt'), `${DEMO_COORDINATOR_EMAIL}\n${password}\n`, {
      mode: 0o600,
    })
  }
  return { courseId, email: DEMO_COORDINATOR_EMAIL }
}

/** The demo coordinator's courses, for the start-up message (ids only: titles name the citizen). */
export async function demoCourseIds(storage: Storage): Promise<string[]> {
  const coordinator = await storage.accounts.userByEmail(DEMO_COORDINATOR_EMAIL)
  if (!coordinator) return []
  return (await storage.accounts.coursesOf(coordinator.id)).map((course) => course.courseId)
}
