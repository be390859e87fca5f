import { localeTag } from '@bordenden/text'
import { danishDate } from '../records/dates.ts'
import type { AgreementRecord } from '../storage/records.ts'
import type { Storage } from '../storage/storage.ts'
import type { RoomRegistry } from '../sync/rooms.ts'
import { addressOf, readWithContacts } from './contacts.ts'
import type { Mailer } from './mailer.ts'
import { recordPdf } from './record-pdf.ts'
import { mailText as t } from './texts.ts'

export interface Delivery {
  /** Mails queued now (0 for a record delivered before). */
  queued: number
  /** Recipients without a usable e-mail address: the coordinator hands them the record herself. */
  withoutAddress: number
}

/** The record's PDF as the mail attaches it and its link serves it. */
export const recordPdfName = (record: AgreementRecord) =>
  t('record.filename', { date: record.content.meeting.date, version: record.version })

/**
 * Queues the sent record to the recipients the coordinator picked (the citizen and the meeting's
 * invitees, by name as the send route checked them), as a PDF attachment plus a link to it. Addresses
 * come from the coordinator-only document (the citizen's from the course's mail settings).
 */
export async function deliverRecord(
  deps: { storage: Storage; rooms: RoomRegistry; mailer: Mailer },
  record: AgreementRecord,
  recipients: readonly string[],
): Promise<Delivery> {
  const { storage, rooms, mailer } = deps
  const key = (name: string) => name.trim().toLocaleLowerCase(localeTag('da'))
  const wanted = new Set(recipients.map(key))
  const { citizenEmail } = await storage.mail.settings(record.courseId)
  const addresses = await readWithContacts(rooms, record.courseId, (course) => {
    const invitees = course.meetings.get(record.meetingId)?.invitees ?? []
    const parties = [
      ...(wanted.has(key(record.content.course.citizenName)) ? ['citizen'] : []),
      ...invitees.map((i) => i.personId).filter((id) => wanted.has(key(course.people.get(id)?.name ?? ''))),
    ]
    return parties.map((party) => ({ party, to: addressOf(course, citizenEmail, party) }))
  })
  const reachable = addresses.filter((a): a is { party: string; to: string } => a.to !== null)
  if (reachable.length === 0) return { queued: 0, withoutAddress: recipients.length }
  const date = record.content.meeting.date
  const pdf = Buffer.from(await recordPdf(record)).toString('base64')
  const attachment = {
    filename: recordPdfName(record),
    contentType: 'application/pdf',
    base64: pdf,
  }
  const queued = await mailer.queue(
    reachable.map(({ party, to }) => ({
      courseId: record.courseId,
      kind: 'record' as const,
      party,
      about: `record:${record.id}`,
      to,
      subject: t('record.subject', { date: danishDate(date) }),
      paragraphs: [t('record.body', { date: danishDate(date) })],
      attachments: [attachment],
    })),
  )
  return { queued, withoutAddress: recipients.length - reachable.length }
}
