import { localeTag } from '@bordenden/text'
import { zValidator } from '@hono/zod-validator'
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import type { Config } from '../config.ts'
import type { AppEnv } from '../context.ts'
import { requireCourseRole } from '../http/course-access.ts'
import { refuse } from '../http/refusal.ts'
import type { Mailer } from '../mail/mailer.ts'
import { deliverRecord } from '../mail/record-delivery.ts'
import { FreezeConflictError, freezeRecord, UnknownMeetingError } from '../records/freeze.ts'
import { recordHtml } from '../records/render-html.ts'
import { journalText } from '../records/render-text.ts'
import { postSignedWebhook } from '../records/webhook.ts'
import type { AgreementRecord } from '../storage/records.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { invalidBody } from './validation.ts'

export interface RecordRouteDeps {
  storage: Storage
  rooms: RoomRegistry
  config: Pick<Config, 'municipality' | 'webhook'>
  /** Delivers a sent record by e-mail when SMTP is configured. */
  mailer: Mailer
}

const freeze = z.object({ meetingId: z.string().min(1).max(64) })
const approval = z.object({
  /** The content hash of the version the approver read: approval is of that content, no other. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  method: z.enum(['inMeeting', 'inPerson']).optional(),
})
const sending = z.object({ recipients: z.array(z.string().trim().min(1).max(200)).min(1).max(60) })
const download = z.object({ download: z.literal('1').optional() })

/** Why an approval was refused, from the record as it is now. */
function approvalRefusal(c: Context, record: AgreementRecord) {
  const current = { status: record.status, version: record.version }
  return refuse(c, 409, record.status === 'draft' ? 'record_changed' : 'record_already_approved', { current })
}

/** Who may receive a record: the citizen and the people invited to the meeting, as the record names them. */
function unknownRecipients(record: AgreementRecord, recipients: string[]): string[] {
  const key = (name: string) => name.trim().toLocaleLowerCase(localeTag('da'))
  const known = new Set(
    [record.content.course.citizenName, ...record.content.meeting.attendance.map((a) => a.name)].map(key),
  )
  return recipients.filter((name) => !known.has(key(name)))
}

/**
 * `/api/records/:courseId`: freeze, read in three formats, approve, send. Coordinators do everything;
 * the citizen, through their link, reads and approves. There is no route that edits a record.
 */
export function recordRoutes({ storage, rooms, config, mailer }: RecordRouteDeps) {
  const { records } = storage
  const coordinator = requireCourseRole(storage.accounts, ['coordinator'])
  const coordinatorOrCitizen = requireCourseRole(storage.accounts, ['coordinator', 'citizen'])

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
        if (created) await c.var.audit('record.frozen', { record: record.id, version: record.version })
        return c.json({ record }, created ? 201 : 200)
      } catch (error) {
        if (error instanceof UnknownMeetingError) return refuse(c, 404, 'meeting_not_found')
        if (error instanceof FreezeConflictError) {
          return refuse(c, 409, 'record_busy')
        }
        throw error
      }
    })
    .get('/:courseId/:recordId', coordinatorOrCitizen, async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return refuse(c, 404, 'record_not_found')
      await c.var.audit('record.viewed', { record: record.id, format: 'json' })
      return c.json({ record })
    })
    .get(
      '/:courseId/:recordId/journal.txt',
      coordinatorOrCitizen,
      zValidator('query', download, invalidBody),
      async (c) => {
        const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
        if (!record) return refuse(c, 404, 'record_not_found')
        const asFile = c.req.valid('query').download === '1'
        await c.var.audit('record.viewed', { record: record.id, format: asFile ? 'text-file' : 'text' })
        // The file's name says which meeting and version, and nothing about the citizen.
        const filename = `aftalereferat-${record.content.meeting.date}-v${record.version}.txt`
        c.header('Content-Disposition', `${asFile ? 'attachment' : 'inline'}; filename="${filename}"`)
        return c.text(journalText(record))
      },
    )
    .get('/:courseId/:recordId/print', coordinatorOrCitizen, async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return refuse(c, 404, 'record_not_found')
      await c.var.audit('record.viewed', { record: record.id, format: 'html' })
      return c.html(recordHtml(record, c.get('secureHeadersNonce') ?? ''))
    })
    .post(
      '/:courseId/:recordId/approve',
      coordinatorOrCitizen,
      zValidator('json', approval, invalidBody),
      async (c) => {
        const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
        if (!record) return refuse(c, 404, 'record_not_found')
        const { hash, method: given } = c.req.valid('json')
        if (record.status !== 'draft' || record.hash !== hash) return approvalRefusal(c, record)
        const access = c.get('access')
        // The citizen approves through their own link; a coordinator records an approval given in person.
        const method = access.role === 'citizen' ? 'citizenLink' : (given ?? 'inMeeting')
        // The store checks status and hash again in the same statement: a refresh or another approval
        // that came in since the read above is refused there, not overwritten.
        const approved = await records.approve(record.id, { hash, at: Date.now(), by: access.actor, method })
        const now = await records.recordById(record.id)
        if (!approved || !now) return approvalRefusal(c, now ?? record)
        await c.var.audit('record.approved', { record: record.id, version: record.version, method })
        return c.json({ record: now })
      },
    )
    .post('/:courseId/:recordId/send', coordinator, zValidator('json', sending, invalidBody), async (c) => {
      const record = await findRecord(c.req.param('courseId'), c.req.param('recordId'))
      if (!record) return refuse(c, 404, 'record_not_found')
      const { recipients } = c.req.valid('json')
      const unknown = unknownRecipients(record, recipients)
      if (unknown.length > 0) return refuse(c, 400, 'unknown_recipients', { unknown })
      if (record.status === 'draft') return refuse(c, 409, 'record_not_approved')
      if (!(await records.markSent(record.id, Date.now(), c.get('access').actor, recipients))) {
        return refuse(c, 409, 'record_already_sent')
      }
      const sent = await records.recordById(record.id)
      const webhook = config.webhook
        ? await postSignedWebhook(config.webhook.url, config.webhook.secret, {
            event: 'record.sent',
            record: sent,
          })
        : 'none'
      // Without SMTP nothing is mailed and the answer says so (`mail: null`); the record is only marked sent.
      const mail =
        mailer.configured && sent ? await deliverRecord({ storage, rooms, mailer }, sent, recipients) : null
      await c.var.audit('record.sent', {
        record: record.id,
        recipients: recipients.length,
        webhook,
        mailed: mail?.queued ?? 0,
      })
      return c.json({ record: sent, webhook, mail })
    })
}
