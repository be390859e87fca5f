import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { invalidBody } from '../api/validation.ts'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import type { Storage } from '../storage/storage.ts'
import type { Mailer } from './mailer.ts'

const settings = z
  .object({
    reminders: z.boolean(),
    daysBefore: z.number().int().min(1).max(14),
    citizenEmail: z.union([z.literal(''), z.email().max(254)]),
  })
  .strict()

/**
 * `/api/mail/:courseId`, for the course's coordinators: whether this server sends e-mail at all, the
 * course's reminder switch and lead time, the citizen's address, how many mails wait in the outbox and how
 * many the SMTP server refused for good (`givenUp`).
 * Changes are audited with the switch and lead time, never the address.
 */
export function mailSettingsRoutes({ storage, mailer }: { storage: Storage; mailer: Mailer }) {
  const coordinator = requireCourseRole(storage.accounts, ['coordinator'])
  return new Hono<AppEnv>()
    .get('/:courseId', coordinator, async (c) => {
      const courseId = c.req.param('courseId')
      return c.json({
        configured: mailer.configured,
        settings: await storage.mail.settings(courseId),
        ...(await storage.mail.counts(courseId)),
      })
    })
    .put('/:courseId', coordinator, zValidator('json', settings, invalidBody), async (c) => {
      const courseId = c.req.param('courseId')
      const next = c.req.valid('json')
      await storage.mail.saveSettings(courseId, next)
      await c.var.audit('mail.settings', {
        reminders: next.reminders,
        daysBefore: next.daysBefore,
        citizenEmail: next.citizenEmail !== '',
      })
      return c.json({ configured: mailer.configured, settings: next })
    })
}
