import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context.ts'
import { requireCourseRole, requireOwner } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Storage } from '../storage/storage.ts'
import { invalidBody } from './validation.ts'

export interface HandoverDeps {
  storage: Storage
}

const handover = z.strictObject({ email: z.string().trim().min(3).max(200) })

/**
 * `/api/handover/:courseId`: the owner hands the course to another coordinator, who becomes its owner; the
 * former owner stays on as a co-coordinator. Links, follow-ups and the audit log belong to the course, so
 * they carry on unchanged. `GET` tells either of them about the latest handover (the course page shows it).
 */
export function handoverRoutes({ storage }: HandoverDeps) {
  const { accounts, audit } = storage
  const coordinators = requireCourseRole(accounts, ['coordinator'])

  return new Hono<AppEnv>()
    .post(
      '/:courseId',
      coordinators,
      requireOwner(),
      zValidator('json', handover, invalidBody),
      async (c) => {
        const courseId = c.req.param('courseId')
        const access = c.get('access')
        const to = await accounts.userByEmail(c.req.valid('json').email)
        if (to?.role !== 'coordinator' || to.disabledAt !== null) return refuse(c, 404, 'no_such_coordinator')
        const from = access.actor.slice('user:'.length)
        if (to.id === from) return refuse(c, 409, 'already_owner')
        const at = Date.now()
        // The new owner first, so the course never is without one.
        await accounts.addMember(courseId, to.id, 'owner', at)
        await accounts.addMember(courseId, from, 'coordinator', at)
        await c.var.audit('course.handedOver', { from, to: to.id }, { at })
        return c.json({ handover: { from, to: to.id, at } })
      },
    )
    .get('/:courseId', coordinators, async (c) => {
      const courseId = c.req.param('courseId')
      const entries = await audit.forCourse(courseId, 500)
      const latest = entries.filter((e) => e.action === 'course.handedOver').sort((a, b) => b.at - a.at)[0]
      if (!latest) return c.json({ handover: null })
      const name = async (id: unknown) =>
        (typeof id === 'string' ? await accounts.userById(id) : null)?.name ?? null
      return c.json({
        handover: {
          at: latest.at,
          from: { id: latest.detail.from, name: await name(latest.detail.from) },
          to: { id: latest.detail.to, name: await name(latest.detail.to) },
        },
      })
    })
}
