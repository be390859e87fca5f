import { zValidator } from '@hono/zod-validator'
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { Config } from '../config.ts'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { freezeRecord, UnknownMeetingError } from '../records/freeze.ts'
import { recordHtml } from '../records/render-html.ts'
import { journalText } from '../records/render-text.ts'
import { postSignedWebhook } from '../records/webhook.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { invalidBody } from './validation.ts'

export interface RecordRouteDeps {
  storage: Storage
  rooms: RoomRegistry
  config: Pick<Config, 'municipality' | 'webhook'>
}

const freeze = z.object({ meetingId: z.string().min(1).max(64) })
const approval = z.object({ method: z.enum(['inMeeting', 'inPerson']).optional() })
const sending = z.object({ recipients: z.array(z.string().trim().min(1).max(200)).min(1).max(60) })

/**
 * `/api/records/:courseId`: freeze, read in three formats, approve, send. Coordinators do everything;
 * the citizen, through their link, reads and approves. There is no route that edits a record.
 */
export function recordRoutes({ storage, rooms, config }: RecordRouteDeps) {
  const { records, audit } = storage
  const coordinator = requireCourseRole(storage.accounts, ['coordinator'])
  const coordinatorOrCitizen = requireCourseRole(storage.accounts, ['coordinator', 'citizen'])
  const log = (
    c: Context<AppEnv>,
    action: string,
    detail: Record<string, string | number | boolean | null> = {},
  ) =>
    audit.append({
      at: Date.now(),
      actor: c.get('access').actor,
      action,
      courseId: c.req.param('courseId') ?? null,
      ip: c.get('ip'),
      detail,
    })

  /** The record named in the path, if it belongs to the course in the path. */
  const findRecord = async (courseId: string, recordId: string) => {
    const record = await records.recordById(recordId)
    return record && record.courseId === courseId ? record : null
  }

  return new Hono<AppEnv>()
    .get('/:courseId', coordinatorOrCitizen, async (c) => {
      const all = await records.listRecords(c.req.param('courseId'))
      return c.json({ records: all.map(({ canvas: _canvas, images: _images, ...summary }) => summary) })
    })
    .post('/:courseId', coordinator, zValidator('json', freeze, invalidBody), async (c) => {
      try {
        const { record, created } = await freezeRecord({
          storage,
          rooms,
          courseId: c.req.param('courseId'),
          meetingId: c.req.valid('json').meetingId,
          actor: c.get('access').actor,
          municipality: config.municipality,
        })
        if (created) await log(c, 'record.frozen', { record: record.id, version: record.version })
        return c.json({ record }, created ? 201 : 200)
      } catch (error) {
        if (error instanceof UnknownMeetingError)
          return c.json({ error: 'Mødet findes ikke i forløbet' }, 404)
        throw error
      }
    })
    .get('/:courseId/:recordId', coordinatorOrCitizen, async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return c.json({ error: 'Referatet findes ikke' }, 404)
      await log(c, 'record.viewed', { record: record.id, format: 'json' })
      return c.json({ record })
    })
    .get('/:courseId/:recordId/journal.txt', coordinatorOrCitizen, async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return c.json({ error: 'Referatet findes ikke' }, 404)
      await log(c, 'record.viewed', { record: record.id, format: 'text' })
      c.header(
        'Content-Disposition',
        `inline; filename="aftalereferat-${record.content.meeting.date}-v${record.version}.txt"`,
      )
      return c.text(journalText(record))
    })
    .get('/:courseId/:recordId/print', coordinatorOrCitizen, async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return c.json({ error: 'Referatet findes ikke' }, 404)
      await log(c, 'record.viewed', { record: record.id, format: 'html' })
      return c.html(recordHtml(record, c.get('secureHeadersNonce') ?? ''))
    })
    .post(
      '/:courseId/:recordId/approve',
      coordinatorOrCitizen,
      zValidator('json', approval, invalidBody),
      async (c) => {
        const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
        if (!record) return c.json({ error: 'Referatet findes ikke' }, 404)
        if (record.status !== 'draft') return c.json({ error: 'Referatet er allerede godkendt' }, 409)
        const access = c.get('access')
        // The citizen approves through their own link; a coordinator records an approval given in person.
        const method = access.role === 'citizen' ? 'citizenLink' : (c.req.valid('json').method ?? 'inMeeting')
        await records.approve(record.id, Date.now(), access.actor, method)
        await log(c, 'record.approved', { record: record.id, version: record.version, method })
        return c.json({ record: await records.recordById(record.id) })
      },
    )
    .post('/:courseId/:recordId/send', coordinator, zValidator('json', sending, invalidBody), async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return c.json({ error: 'Referatet findes ikke' }, 404)
      if (record.status !== 'approved') {
        return c.json({ error: 'Borgeren skal godkende referatet, før det sendes' }, 409)
      }
      await records.markSent(record.id, Date.now(), c.get('access').actor, c.req.valid('json').recipients)
      const sent = await records.recordById(record.id)
      const webhook = config.webhook
        ? await postSignedWebhook(config.webhook.url, config.webhook.secret, {
            event: 'record.sent',
            record: sent,
          })
        : 'none'
      await log(c, 'record.sent', {
        record: record.id,
        recipients: c.req.valid('json').recipients.length,
        webhook,
      })
      return c.json({ record: sent, webhook })
    })
}
