import { createHash } from 'node:crypto'
import { generateSecret, hashSecret } from '../auth/tokens.ts'
import type { MailKind, MailMessage, OutgoingMail } from '../storage/mail.ts'
import { mailText as t } from './texts.ts'

export interface Draft {
  courseId: string
  kind: MailKind
  party: string
  /** What the mail is about, unique per mail that should ever be sent (e.g. a reminder's day and agreement). */
  about: string
  to: string
  subject: string
  /** The body's paragraphs; the greeting and the footer are added here. */
  paragraphs: string[]
  attachments?: MailMessage['attachments']
}

/** The outbox id: the same thing to say to the same person gives the same id, so it is queued once. */
export const mailId = (courseId: string, about: string, party: string) =>
  createHash('sha256').update(`${courseId}\n${about}\n${party}`).digest('hex').slice(0, 32)

/**
 * A queued mail from a draft. Every mail has its own link, whose token is kept only hashed: a reminder's
 * is a one-click unsubscribe (RFC 8058: `List-Unsubscribe` with `List-Unsubscribe-Post`), a record's
 * fetches the record as PDF. The body says nothing the recipient may not see and names nobody.
 */
export function composeMail(draft: Draft, publicUrl: string, now: number): OutgoingMail {
  const token = generateSecret()
  const reminder = draft.kind !== 'record'
  const link = `${publicUrl}/mail/${reminder ? 'unsubscribe' : 'record'}?token=${token}`
  const text = [
    t('mail.greeting'),
    ...draft.paragraphs,
    ...(reminder ? [] : [t('mail.recordLink', { link })]),
    t('mail.signature'),
    ...(reminder ? [t('mail.unsubscribe', { link })] : []),
    t('mail.automatic'),
  ].join('\n\n')
  const headers: Record<string, string> = reminder
    ? { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
    : {}
  return {
    id: mailId(draft.courseId, draft.about, draft.party),
    courseId: draft.courseId,
    kind: draft.kind,
    party: draft.party,
    about: draft.about,
    message: { to: draft.to, subject: draft.subject, text, headers, attachments: draft.attachments ?? [] },
    linkHash: hashSecret(token),
    createdAt: now,
  }
}
